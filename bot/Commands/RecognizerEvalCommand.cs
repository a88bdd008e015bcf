using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Evaluation;

namespace CrossBorderBot.Commands;

/// <summary>
/// <c>eval-recognizer [holdout | dev | train | path/to/set.tsv]</c>: measures <see cref="CrossBorderRecognizer"/> and prints
/// intent accuracy (overall and on Chinese lines), issue sub-type accuracy, entity precision/recall/F1 per entity kind
/// and overall, per-intent precision/recall and every line it got wrong.
/// <list type="bullet">
/// <item>no argument: the labelled evaluation set (<c>recognizer-eval.tsv</c>), used while tuning;</item>
/// <item><c>holdout</c>: the blind hold-out set, never used for tuning;</item>
/// <item><c>dev</c>: a recognizer trained on the training corpus without its dev split, measured on that split
/// (intents only: the corpus carries no entity labels);</item>
/// <item><c>train</c>: the full recognizer on its own training examples (how well it fits them).</item>
/// </list>
/// Exit code 0 when every target is met, 1 when one is missed, 2 when the file cannot be found.
/// </summary>
public static class RecognizerEvalCommand
{
    // The figures with a target. The exit code checks exactly the ones the report shows, so a figure is counted when
    // and only when the set can measure it (sub-types on a set with problem reports, entities on a labelled set).
    private static readonly RecognizerTarget IntentTarget = new("Intent accuracy", 0.96, r => r.IntentAccuracy);
    private static readonly RecognizerTarget ChineseIntentTarget = new("Chinese intent accuracy", 0.94, r => r.ChineseIntentAccuracy, r => r.ChineseTotal);
    private static readonly RecognizerTarget SubTypeTarget = new("Issue sub-type accuracy", 0.90, r => r.SubTypeAccuracy, r => r.SubTypeTotal);
    private static readonly RecognizerTarget EntityF1Target = new("Entity F1", 0.95, r => r.EntityF1);

    private static readonly string SetsFolder = Path.Combine("tests", "CrossBorderBot.Bot.Tests", "Understanding");

    private static readonly string DefaultRelativePath = Path.Combine(SetsFolder, "recognizer-eval.tsv");

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        var argument = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (argument is "dev" or "train")
        {
            var corpus = TrainingCorpus.Load();
            var (train, dev) = TrainingCorpus.Split(corpus);
            var vocabulary = KnowledgeVocabulary.FromDefaultData();
            var recognizer = argument == "dev" ? new CrossBorderRecognizer(vocabulary, train) : new CrossBorderRecognizer(vocabulary);
            ct.ThrowIfCancellationRequested();
            var examples = argument == "dev" ? dev : corpus;
            var cases = examples.Select((e, i) => new EvaluationCase(i + 1, e.Text, e.Intent, new HashSet<string>(), EntitiesLabelled: false)).ToList();
            var description = argument == "dev"
                ? $"the dev split of the training corpus (every {TrainingCorpus.DevEvery}th example per intent; model trained on the other {train.Count})"
                : "the training corpus itself";
            return await ReportAsync(output, description, RecognizerEvaluator.Evaluate(recognizer, cases), entitiesLabelled: false).ConfigureAwait(false);
        }

        var path = argument switch
        {
            null => RepositoryFiles.Find(DefaultRelativePath),
            "holdout" => RepositoryFiles.Find(Path.Combine(SetsFolder, "recognizer-holdout.tsv")),
            _ => argument,
        };
        if (path is null || !File.Exists(path))
        {
            await output.WriteLineAsync($"Evaluation file not found: {path ?? DefaultRelativePath} (pass its path as the argument).").ConfigureAwait(false);
            return 2;
        }

        var labelled = EvaluationSet.Parse(await File.ReadAllLinesAsync(path, ct).ConfigureAwait(false));
        var full = CrossBorderRecognizer.CreateDefault();
        ct.ThrowIfCancellationRequested();
        return await ReportAsync(output, path, RecognizerEvaluator.Evaluate(full, labelled), entitiesLabelled: true).ConfigureAwait(false);
    }

    private static async Task<int> ReportAsync(TextWriter output, string source, EvaluationReport report, bool entitiesLabelled)
    {
        var shownTargets = await WriteReportAsync(output, source, report, entitiesLabelled).ConfigureAwait(false);
        return shownTargets.All(target => target.IsMet(report)) ? 0 : 1;
    }

    /// <summary>Writes the report; returns the targets it showed, the ones this set measures.</summary>
    private static async Task<IReadOnlyList<RecognizerTarget>> WriteReportAsync(TextWriter output, string source, EvaluationReport report, bool entitiesLabelled)
    {
        var c = CultureInfo.InvariantCulture;
        var shownTargets = new List<RecognizerTarget>();
        async Task WriteTargetAsync(RecognizerTarget target)
        {
            shownTargets.Add(target);
            await output.WriteLineAsync(target.Line(report)).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(c, $"Recognizer evaluation: {report.Total} utterances from {source}")).ConfigureAwait(false);
        await WriteTargetAsync(IntentTarget).ConfigureAwait(false);
        await WriteTargetAsync(ChineseIntentTarget).ConfigureAwait(false);
        if (report.SubTypeTotal > 0)
        {
            await WriteTargetAsync(SubTypeTarget).ConfigureAwait(false);
        }

        if (entitiesLabelled)
        {
            await output.WriteLineAsync(string.Create(c, $"Entity precision:         {report.EntityPrecision:P1}")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(c, $"Entity recall:            {report.EntityRecall:P1}")).ConfigureAwait(false);
            await WriteTargetAsync(EntityF1Target).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(c, $"Entity accuracy:          {report.EntityAccuracy:P1} of lines fully right")).ConfigureAwait(false);
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Entity kind        expected predicted precision recall     F1").ConfigureAwait(false);
            foreach (var m in report.PerEntityType)
            {
                await output.WriteLineAsync(string.Create(c, $"{m.Kind,-18} {m.Expected,8} {m.Predicted,9} {m.Precision,9:P0} {m.Recall,6:P0} {m.F1,6:P0}")).ConfigureAwait(false);
            }
        }

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

        var subTypeMisses = report.Misses.Where(m => m.SubTypeWrong).ToList();
        if (report.SubTypeTotal > 0)
        {
            await output.WriteLineAsync(string.Create(c, $"Wrong issue sub-types ({subTypeMisses.Count}):")).ConfigureAwait(false);
            foreach (var m in subTypeMisses)
            {
                await output.WriteLineAsync(string.Create(c, $"  line {m.Case.LineNumber}: \"{m.Case.Utterance}\" expected {m.Case.SubType}, got {m.PredictedSubType ?? "none"}")).ConfigureAwait(false);
            }
        }

        if (!entitiesLabelled)
        {
            return shownTargets;
        }

        var entityMisses = report.Misses.Where(m => m.EntitiesWrong).ToList();
        await output.WriteLineAsync(string.Create(c, $"Entity mismatches ({entityMisses.Count}):")).ConfigureAwait(false);
        foreach (var m in entityMisses)
        {
            var missing = m.MissingEntities.Count > 0 ? " missing " + string.Join(", ", m.MissingEntities) : string.Empty;
            var extra = m.ExtraEntities.Count > 0 ? " extra " + string.Join(", ", m.ExtraEntities) : string.Empty;
            await output.WriteLineAsync(string.Create(c, $"  line {m.Case.LineNumber}: \"{m.Case.Utterance}\"{missing}{extra}")).ConfigureAwait(false);
        }

        return shownTargets;
    }
}
