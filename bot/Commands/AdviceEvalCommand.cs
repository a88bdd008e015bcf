using CrossBorderBot.Knowledge.Advisors.Evaluation;
using CrossBorderBot.Knowledge.Loading;

namespace CrossBorderBot.Commands;

/// <summary>
/// <c>eval-advice [main|held-out|path.yaml] [--verbose]</c>: runs the advice case book (logistics and platform cases written from
/// public rules and carrier/platform terms) through the real advisors and prints the pass rate per advisor, the main
/// book and the held-out book separately, with every case that failed and why. Exit code 0 when every main case passes
/// and each advisor passes at least 90 % of its held-out cases, 1 when not, 2 when a file or the data cannot be read.
/// </summary>
public static class AdviceEvalCommand
{
    public const string Name = "eval-advice";
    public const double HeldOutTarget = 0.90;

    private static readonly string BookFolder = Path.Combine("tests", "CrossBorderBot.Knowledge.Tests", "CaseBook");

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var argument = args.FirstOrDefault(a => !a.StartsWith('-'));
        var books = argument switch
        {
            null => new[] { ("main", Book("main.yaml")), ("held-out", Book("held-out.yaml")) },
            "main" => [("main", Book("main.yaml"))],
            "held-out" or "holdout" => [("held-out", Book("held-out.yaml"))],
            _ => [(Path.GetFileNameWithoutExtension(argument), (string?)argument)],
        };

        var loaded = new KnowledgeLoader().LoadDefault();
        if (!loaded.IsValid)
        {
            await output.WriteLineAsync("The knowledge base has problems; run `kb validate`.").ConfigureAwait(false);
            return 2;
        }

        var evaluator = new AdviceCaseEvaluator(loaded.KnowledgeBase);
        var ok = true;
        foreach (var (label, path) in books)
        {
            ct.ThrowIfCancellationRequested();
            if (path is null || !File.Exists(path))
            {
                await output.WriteLineAsync($"Case book not found: {path ?? Path.Combine(BookFolder, label + ".yaml")} (pass its path as the argument).").ConfigureAwait(false);
                return 2;
            }

            var results = evaluator.Evaluate(AdviceCaseBook.Load(path));
            ok &= await WriteAsync(output, label, path, results, args.Contains("--verbose")).ConfigureAwait(false);
        }

        return ok ? 0 : 1;
    }

    private static async Task<bool> WriteAsync(TextWriter output, string label, string path, IReadOnlyList<AdviceCaseResult> results, bool verbose)
    {
        var c = CultureInfo.InvariantCulture;
        var heldOut = label == "held-out";
        await output.WriteLineAsync(string.Create(c, $"Case book '{label}' ({results.Count} cases, {path})")).ConfigureAwait(false);
        var ok = true;
        foreach (var summary in AdviceEvalSummary.Of(results))
        {
            var target = heldOut ? HeldOutTarget : 1.0;
            ok &= summary.PassRate >= target;
            await output.WriteLineAsync(string.Create(c, $"  {summary.Advisor,-10} {summary.Passed,3}/{summary.Total,-3} {summary.PassRate,7:P1}  (target {target:P0})")).ConfigureAwait(false);
        }

        foreach (var failed in results.Where(r => !r.Passed))
        {
            await output.WriteLineAsync($"  FAIL {failed.Case.Id}: {string.Join("; ", failed.Failures)}").ConfigureAwait(false);
            if (verbose)
            {
                await output.WriteLineAsync($"       answer: {failed.Answer}").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        return ok;
    }

    private static string? Book(string file) => RepositoryFiles.Find(Path.Combine(BookFolder, file));
}
