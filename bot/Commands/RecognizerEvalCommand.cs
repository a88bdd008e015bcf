using System.Globalization;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Evaluation;

namespace CrossBorderBot.Commands;

/// <summary>
/// <c>eval-recognizer [path/to/recognizer-eval.tsv]</c>: measures <see cref="CrossBorderRecognizer"/> on the
/// labelled evaluation set and prints intent accuracy, per-intent precision/recall, entity precision/recall/
/// accuracy and every line it got wrong. Exit code 0 when intent accuracy ≥ 95 % and entity accuracy ≥ 90 %,
/// 1 when below, 2 when the file cannot be found.
/// </summary>
public static class RecognizerEvalCommand
{
    public const double TargetIntentAccuracy = 0.95;
    public const double TargetEntityAccuracy = 0.90;

    private static readonly string SetsFolder = Path.Combine("tests", "CrossBorderBot.Bot.Tests", "Understanding");

    private static readonly string DefaultRelativePath = Path.Combine(SetsFolder, "recognizer-eval.tsv");

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        // "holdout" names the blind hold-out set; any other argument is a path.
        var argument = args.FirstOrDefault(a => !a.StartsWith('-'));
        var path = argument switch
        {
            null => FindInRepository(DefaultRelativePath),
            "holdout" => FindInRepository(Path.Combine(SetsFolder, "recognizer-holdout.tsv")),
            _ => argument,
        };
        if (path is null || !File.Exists(path))
        {
            await output.WriteLineAsync($"Evaluation file not found: {path ?? DefaultRelativePath} (pass its path as the argument).").ConfigureAwait(false);
            return 2;
        }

        var cases = EvaluationSet.Parse(await File.ReadAllLinesAsync(path, ct).ConfigureAwait(false));
        var recognizer = CrossBorderRecognizer.CreateDefault();
        ct.ThrowIfCancellationRequested();
        var report = RecognizerEvaluator.Evaluate(recognizer, cases);

        await WriteReportAsync(output, path, report).ConfigureAwait(false);
        var passed = report.IntentAccuracy >= TargetIntentAccuracy && report.EntityAccuracy >= TargetEntityAccuracy;
        return passed ? 0 : 1;
    }

    private static async Task WriteReportAsync(TextWriter output, string path, EvaluationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"Recognizer evaluation: {report.Total} utterances from {path}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"Intent accuracy:   {report.IntentAccuracy:P1} (target {TargetIntentAccuracy:P0})")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"Entity precision:  {report.EntityPrecision:P1}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"Entity recall:     {report.EntityRecall:P1}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"Entity accuracy:   {report.EntityAccuracy:P1} of lines fully right (target {TargetEntityAccuracy:P0})")).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Intent             expected predicted precision recall").ConfigureAwait(false);
        foreach (var m in report.PerIntent)
        {
            await output.WriteLineAsync(string.Create(c, $"{m.Intent,-18} {m.Expected,8} {m.Predicted,9} {m.Precision,9:P0} {m.Recall,6:P0}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        var intentMisses = report.Misses.Where(m => m.IntentWrong).ToList();
        await output.WriteLineAsync(string.Create(c, $"Misclassified intents ({intentMisses.Count}):")).ConfigureAwait(false);
        foreach (var m in intentMisses)
        {
            await output.WriteLineAsync(string.Create(c, $"  line {m.Case.LineNumber}: \"{m.Case.Utterance}\" expected {m.Case.Intent}, got {m.PredictedIntent} ({m.Score:0.00})")).ConfigureAwait(false);
        }

        var entityMisses = report.Misses.Where(m => m.MissingEntities.Count > 0 || m.ExtraEntities.Count > 0).ToList();
        await output.WriteLineAsync(string.Create(c, $"Entity mismatches ({entityMisses.Count}):")).ConfigureAwait(false);
        foreach (var m in entityMisses)
        {
            var missing = m.MissingEntities.Count > 0 ? " missing " + string.Join(", ", m.MissingEntities) : string.Empty;
            var extra = m.ExtraEntities.Count > 0 ? " extra " + string.Join(", ", m.ExtraEntities) : string.Empty;
            await output.WriteLineAsync(string.Create(c, $"  line {m.Case.LineNumber}: \"{m.Case.Utterance}\"{missing}{extra}")).ConfigureAwait(false);
        }
    }

    // The labelled sets live with the tests; find the repository root (the folder holding the solution) upwards.
    private static string? FindInRepository(string relativePath)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrossBorderBot.sln")))
            {
                return Path.Combine(dir.FullName, relativePath);
            }
        }

        return null;
    }
}
