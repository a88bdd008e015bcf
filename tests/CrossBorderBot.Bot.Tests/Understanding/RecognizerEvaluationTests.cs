using CrossBorderBot.Understanding.Evaluation;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Understanding;

[Collection(RecognizerCollection.Name)]
public sealed class RecognizerEvaluationTests(RecognizerFixture fixture, ITestOutputHelper output)
{
    private static readonly string EvalPath = Path.Combine(AppContext.BaseDirectory, "Understanding", "recognizer-eval.tsv");

    [Fact]
    public void Labelled_set_is_large_varied_and_bilingual()
    {
        var cases = EvaluationSet.Parse(File.ReadAllLines(EvalPath));

        Assert.True(cases.Count >= 160, $"only {cases.Count} utterances");
        var chinese = cases.Count(c => c.Utterance.Any(ch => ch >= '\u4E00' && ch <= '\u9FFF'));
        Assert.InRange(chinese, cases.Count * 0.4, cases.Count * 0.6);
        Assert.Contains(cases, c => c.Intent == "None");
        Assert.Contains(cases, c => c.Entities.Count >= 3);
    }

    [Fact]
    public void Recognizer_meets_the_accuracy_targets_on_the_labelled_set()
    {
        var report = RecognizerEvaluator.Evaluate(fixture.Recognizer, EvaluationSet.Parse(File.ReadAllLines(EvalPath)));

        output.WriteLine($"intent accuracy {report.IntentAccuracy:P1}, entity P {report.EntityPrecision:P1} R {report.EntityRecall:P1} accuracy {report.EntityAccuracy:P1}");
        foreach (var miss in report.Misses)
        {
            output.WriteLine($"line {miss.Case.LineNumber} '{miss.Case.Utterance}' expected {miss.Case.Intent} got {miss.PredictedIntent} ({miss.Score:0.00}) missing [{string.Join(",", miss.MissingEntities)}] extra [{string.Join(",", miss.ExtraEntities)}]");
        }

        Assert.True(report.IntentAccuracy >= 0.95, $"intent accuracy {report.IntentAccuracy:P1} below 95%");
        Assert.True(report.EntityAccuracy >= 0.90, $"entity accuracy {report.EntityAccuracy:P1} below 90%");
    }
}
