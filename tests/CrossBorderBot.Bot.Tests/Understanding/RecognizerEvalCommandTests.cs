using CrossBorderBot.Commands;
using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

public sealed class RecognizerEvalCommandTests
{
    private static readonly string EvalPath = Path.Combine(AppContext.BaseDirectory, "Understanding", "recognizer-eval.tsv");

    [Fact]
    public async Task Prints_the_figures_and_succeeds_on_the_labelled_set()
    {
        using var output = new StringWriter();

        var exitCode = await RecognizerEvalCommand.RunAsync([EvalPath], output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("Intent accuracy:", text, StringComparison.Ordinal);
        Assert.Contains("Entity precision:", text, StringComparison.Ordinal);
        Assert.Contains("choose_logistics", text, StringComparison.Ordinal);
        Assert.Contains("Misclassified intents", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_lines_it_gets_wrong_and_fails_below_target()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.tsv");
        await File.WriteAllLinesAsync(path, ["utterance\tintent\tentities", "hello\tfix_issue\tcountry=de"]);
        using var output = new StringWriter();

        try
        {
            var exitCode = await RecognizerEvalCommand.RunAsync([path], output, CancellationToken.None);

            Assert.Equal(1, exitCode);
            Assert.Contains("\"hello\" expected fix_issue, got greeting", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("missing country=de", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_file_is_reported_not_thrown()
    {
        using var output = new StringWriter();

        var exitCode = await RecognizerEvalCommand.RunAsync(["/no/such/file.tsv"], output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("not found", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recognizer-eval.tsv")]
    [InlineData("recognizer-holdout.tsv")]
    public void Labelled_utterances_are_not_in_the_training_examples(string setFile)
    {
        var training = TrainingCorpus.Load().Select(e => Normalize(e.Text)).ToHashSet();

        var overlap = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Understanding", setFile))
            .Where(l => !l.StartsWith('#') && l.Contains('\t', StringComparison.Ordinal))
            .Select(l => Normalize(l.Split('\t')[0]))
            .Where(training.Contains)
            .ToList();

        Assert.Empty(overlap);
    }

    [Fact]
    public void Training_corpus_is_large_and_bilingual_with_a_dev_split_for_every_intent()
    {
        var corpus = TrainingCorpus.Load();
        var (train, dev) = TrainingCorpus.Split(corpus);

        Assert.True(corpus.Count >= 1500, $"only {corpus.Count} training examples");
        Assert.InRange(corpus.Count(e => LanguageDetector.ContainsCjk(e.Text)), corpus.Count * 0.35, corpus.Count * 0.65);
        Assert.Equal(corpus.Count, train.Count + dev.Count);
        Assert.Equal(IntentNames.All.Order(), dev.Select(e => e.Intent).Distinct().Order());
    }

    private static string Normalize(string utterance) =>
        string.Join(' ', utterance.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
