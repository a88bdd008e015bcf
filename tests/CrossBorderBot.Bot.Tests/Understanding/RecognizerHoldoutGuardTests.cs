using CrossBorderBot.Understanding.Evaluation;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// Regression guard on the blind hold-out set: fails when the recognizer gets clearly worse than it measured when the
/// set was last run (intent 96.7 %, Chinese 96.7 %, sub-type 93.7 %, entity F1 98.2 %). The floors sit a little under
/// those figures; they are a tripwire, not a target to tune towards.
/// </summary>
[Collection(RecognizerCollection.Name)]
public sealed class RecognizerHoldoutGuardTests(RecognizerFixture fixture, ITestOutputHelper output)
{
    private const double IntentFloor = 0.95;
    private const double ChineseIntentFloor = 0.945;
    private const double SubTypeFloor = 0.91;
    private const double EntityF1Floor = 0.96;

    private static readonly string HoldoutPath = Path.Combine(AppContext.BaseDirectory, "Understanding", "recognizer-holdout.tsv");

    [Fact]
    public void Holdout_set_is_large_varied_and_mostly_new()
    {
        var cases = EvaluationSet.Parse(File.ReadAllLines(HoldoutPath));

        Assert.True(cases.Count >= 400, $"only {cases.Count} utterances");
        Assert.True(cases.Count(c => c.IsChinese) >= cases.Count * 0.4, "less than 40 % Chinese");
        Assert.Contains(cases, c => c.Utterance.Contains("<@U", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Entities.Count >= 3);
        Assert.True(cases.Count(c => c.SubType is not null) >= 80, "too few problem reports with a sub-type");
        Assert.All(new[] { "platform", "dimensions", "sensitiveGoods", "answer", "money", "weight", "country" }, kind =>
            Assert.Contains(cases, c => c.Entities.Any(e => e.StartsWith(kind + "=", StringComparison.Ordinal))));
    }

    [Fact]
    public void Recognizer_stays_above_its_holdout_floors()
    {
        var report = RecognizerEvaluator.Evaluate(fixture.Recognizer, EvaluationSet.Parse(File.ReadAllLines(HoldoutPath)));

        output.WriteLine($"intent {report.IntentAccuracy:P1}, Chinese {report.ChineseIntentAccuracy:P1}, sub-type {report.SubTypeAccuracy:P1}, entity F1 {report.EntityF1:P1}");
        Assert.True(report.IntentAccuracy >= IntentFloor, $"intent accuracy {report.IntentAccuracy:P1} below {IntentFloor:P1}");
        Assert.True(report.ChineseIntentAccuracy >= ChineseIntentFloor, $"Chinese intent accuracy {report.ChineseIntentAccuracy:P1} below {ChineseIntentFloor:P1}");
        Assert.True(report.SubTypeAccuracy >= SubTypeFloor, $"issue sub-type accuracy {report.SubTypeAccuracy:P1} below {SubTypeFloor:P1}");
        Assert.True(report.EntityF1 >= EntityF1Floor, $"entity F1 {report.EntityF1:P1} below {EntityF1Floor:P1}");
    }
}
