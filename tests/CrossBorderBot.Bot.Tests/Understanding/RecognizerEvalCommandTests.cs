using System.Reflection;
using CrossBorderBot.Commands;
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

    [Fact]
    public void Evaluation_utterances_are_not_in_the_training_examples()
    {
        using var stream = typeof(CrossBorderRecognizer).Assembly
            .GetManifestResourceStream("CrossBorderBot.Understanding.Training.intents.tsv")!;
        using var reader = new StreamReader(stream);
        var training = reader.ReadToEnd().Split('\n')
            .Select(l => l.Split('\t').ElementAtOrDefault(1)?.Trim().ToLowerInvariant())
            .Where(u => !string.IsNullOrEmpty(u))
            .ToHashSet();

        var overlap = File.ReadAllLines(EvalPath)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0].Trim().ToLowerInvariant())
            .Where(training.Contains)
            .ToList();

        Assert.Empty(overlap);
    }
}
