using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Answering.Evaluation;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Commands;

/// <summary>
/// <c>eval-answers [holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|holdout18|holdout19|holdout20|holdout21|holdout22|holdout23|holdout24|holdout25|holdout26|holdout27|holdout28|holdout29|holdout30|holdout31|holdout32|holdout33|dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev20data|dev21|dev22|dev23|dev24|dev25|dev26|dev27|dev28|dev29|dev30|dev31|dev32|dev33|dev34|dev35|dev36|path] [--baseline] [--misses] [--explain]</c>: runs the question answerer over a labelled
/// set (default: every set, reported separately, then the held-out sets pooled) and prints top-1 entry accuracy, answer-contains accuracy and false
/// answers on the questions the knowledge base cannot answer. <c>--baseline</c> measures the old snippet search
/// instead. Exit code 0 when every set meets the targets, 1 when one does not, 2 when a file is missing.
/// </summary>
public static class AnswerEvalCommand
{
    public const string Name = "eval-answers";
    public const double TargetTop1 = 0.92;
    public const double TargetContains = 0.90;
    public const double TargetFalseAnswers = 0.10;

    // The first held-out set, the second one (written before the second pass changed anything), and the two tuning sets
    // (the second written in the third pass to find what the first no longer shows); the third held-out set was written at
    // the start of the fourth pass, before anything changed, and dev3 after it for the mechanisms of that pass; the fourth
    // held-out set at the start of the fifth pass, before anything changed, and dev4 after it; the fifth held-out set at the
    // start of the sixth pass, before anything changed, and dev5 after it; the sixth held-out set at the start of the seventh
    // pass, before anything changed, and dev6 after it; the seventh held-out set at the start of the eighth pass, and dev7
    // after it; the eighth held-out set at the start of the ninth pass, and dev8 after it; the ninth held-out set at the start of
    // the tenth pass, before anything changed, and dev9 after it; the tenth held-out set at the start of the eleventh pass, before
    // anything changed, and dev10 after it; the eleventh held-out set at the start of the twelfth pass, before anything
    // changed, and dev11 after it; the twelfth held-out set at the start of the thirteenth pass, before anything changed;
    // the thirteenth held-out set at the start of the fourteenth pass, before anything changed, and dev12 after it; the
    // fourteenth held-out set at the start of the fifteenth pass, before anything changed, by a helper that wrote only it;
    // dev13 at the start of the fifteenth pass, from the causes of holdout13's false answers (development material by then);
    // the fifteenth held-out set at the start of the sixteenth pass, before anything changed, by a helper that wrote only it.
    // dev14 at the start of the sixteenth pass, from the causes of holdout14's misses and false answers (development material by then).
    // dev15 in the sixteenth pass, before the knowledge data it measures was added (per-site fees, restricted products).
    // The sixteenth held-out set at the start of the seventeenth pass, before anything changed, by a helper that wrote only it.
    // dev17 in the seventeenth pass, before the knowledge data it measures was added (marks and notifications per product
    // group and market, registration conditions, 2024-26 rule changes).
    // dev16 at the start of the seventeenth pass, from the causes of holdout15's misses and false answers (development material by then).
    // The seventeenth held-out set at the start of the eighteenth pass, before anything changed, by a helper that wrote only it.
    // dev18 at the start of the eighteenth pass, from the causes of holdout16's misses and false answers (development material by then).
    // The eighteenth held-out set at the start of the nineteenth pass, before anything changed, by a helper that wrote only it.
    // dev19 in the nineteenth session, before the knowledge data it measures was added (platform entry conditions, where and
    // how often registrations are done, appeal contents, low-value tax schemes of Norway, New Zealand and Switzerland).
    // dev20data in the twentieth session, before the knowledge data it measures was added (platforms' per-site fees, how often
    // registrations are renewed or reported and what they cost).
    // dev20 at the start of the nineteenth pass, from the causes of holdout17's misses and false answers (development material by then).
    // The nineteenth held-out set at the start of the twentieth pass, before anything changed, by a helper that wrote only it.
    // dev21 at the start of the twentieth pass, from the causes of holdout18's misses and false answers (development material by then).
    // The twentieth held-out set at the start of the twenty-first pass, before anything changed, by a helper that wrote only it.
    // dev22 at the start of the twenty-first pass, from the causes of holdout19's misses and false answers (development material by then).
    // The twenty-first held-out set at the start of the twenty-second pass, before anything changed, by a helper that wrote only it.
    // dev23 at the start of the twenty-second pass, from the causes of holdout20's misses and false answers (development material by then).
    // The twenty-second held-out set at the start of the twenty-third pass, before anything changed, by a helper that wrote only it.
    // dev24 at the start of the twenty-third pass, from the causes of holdout21's misses and false answers (development material by then).
    // The twenty-third held-out set at the start of the twenty-fifth session, before anything changed, by a helper that wrote only it.
    // dev25 at the start of the twenty-fifth session, from the causes of holdout22's misses and false answers (development material by then).
    // The twenty-fourth held-out set at the start of the twenty-sixth session, before anything changed, by a helper that wrote only it
    // (written representative of what sellers ask, not weighted to any kind).
    // dev26 at the start of the twenty-sixth session, from the causes of holdout23's misses and false answers (development material by then).
    // dev27 at the start of the twenty-seventh session, from holdout23's three largest causes (named entries refused for their
    // question words, the wrong entry over the right one ranked second, the fact not in the reply).
    // The twenty-fifth held-out set at the start of the twenty-eighth session, before anything changed, by a helper that wrote only it
    // (representative of what sellers ask, like the twenty-fourth).
    // dev28 at the start of the twenty-eighth session, from holdout24's four largest causes (named entries refused, the wrong
    // entry, the fact not in the reply, figures the base does not hold answered from the general entry).
    // The twenty-sixth held-out set at the start of the twenty-ninth session, before anything changed, by a helper that wrote only it
    // (representative of what sellers ask, like the twenty-fourth and twenty-fifth).
    // The twenty-seventh held-out set at the start of the thirtieth session, before anything changed, by a helper that wrote only it
    // (representative of what sellers ask, like the twenty-fourth to twenty-sixth).
    // The twenty-eighth held-out set at the start of the thirty-first session, before anything changed, by a helper that wrote only
    // it (representative of what sellers ask, like the twenty-fourth to twenty-seventh).
    // The twenty-ninth held-out set at the start of the thirty-second session, before anything changed, by a helper that wrote only
    // it (representative of what sellers ask, like the twenty-fourth to twenty-eighth).
    // The thirtieth held-out set at the start of the thirty-third session, before anything changed, by a helper that wrote only
    // it (representative of what sellers ask, like the twenty-fourth to twenty-ninth).
    // The thirty-first held-out set at the start of the thirty-fourth session, before anything changed, by a helper that wrote
    // only it (representative of what sellers ask, like the twenty-fourth to thirtieth).
    // The thirty-second held-out set at the start of the thirty-fifth session, before anything changed, by a helper that wrote
    // only it (representative of what sellers ask, like the twenty-fourth to thirty-first).
    // The thirty-third held-out set at the start of the thirty-sixth session, before anything changed, by a helper that wrote
    // only it (representative of what sellers ask, like the twenty-fourth to thirty-second).
    // dev29 at the start of the twenty-ninth session, from holdout25's largest causes (named entries refused for the user's own
    // context words, names the base holds only in keywords or as a currency code, fees not charged refused, the term asked
    // beaten by the platform named, prices the base does not hold answered).
    // dev30 at the start of the thirtieth session, from holdout26's causes (the wrong entry ranked first, problems told in the
    // user's own words, a market's threshold in everyday words, a named platform's fees refused, carriers' price lists
    // answered) and those carried from holdout25 (the user's own context, FDA's three entries, UN numbers, Form E).
    // dev31 at the start of the thirty-first session, from holdout27's causes (named entries refused for the few words around
    // them, the wrong entry, rule history refused, and marks, badges, state rules and port prices the base does not hold answered).
    // dev32 at the start of the thirty-second session, from holdout28's causes (fees, prices, programmes and laws the base does
    // not hold answered from the named entry beside them, named entries refused for the few words around them, the wrong entry).
    // dev33 at the start of the thirty-third session, from holdout29's causes, counted in holdout28 and holdout27 too (named
    // entries refused for the words around their name that ask for a kind of fact: registering, its cost, who issues it; the
    // wrong entry; service prices, US state rules and old figures answered from the named entry beside them).
    // dev34 at the start of the thirty-fourth session, from holdout30's causes, counted in holdout29 and holdout28 too (named
    // entries refused for an amount, rate or scope asked around their name; the wrong entry beside the battery rule, FBA, ads
    // and UFLPA; a named platform's programmes, plans, ad prices and seller counts answered from the platform's entry).
    // dev35 at the start of the thirty-fifth session, from holdout31's causes, counted in holdout30, holdout29 and holdout28 too
    // (a named term, rule or channel refused for the few words around its name; a playbook reached by its trigger words over the
    // entry named; a topic entry over the market named; figures and programmes a named entry does not hold answered from it).
    // dev36 at the start of the thirty-sixth session, from holdout32's causes (a named rule, term or channel refused for the
    // few words asking a fact it holds; the customs-hold playbook over UFLPA's; a market's battery rule; a named platform's
    // programme, ad price or rating answered from its overview).
    private static readonly string[] KnownSets = ["holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev20data", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36"];

    private static readonly string SetsFolder = Path.Combine("tests", "CrossBorderBot.Knowledge.Tests", "Answering");

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var baseline = args.Contains("--baseline");
        var showMisses = args.Contains("--misses") || args.Contains("--explain");
        var explain = args.Contains("--explain");
        var argument = args.FirstOrDefault(a => !a.StartsWith('-'));
        (string Name, string? Path)[] sets = argument switch
        {
            null => [.. KnownSets.Select(set => (set, RepositoryFiles.Find(Path.Combine(SetsFolder, $"answers-{set}.tsv"))))],
            _ when KnownSets.Contains(argument) => [(argument, RepositoryFiles.Find(Path.Combine(SetsFolder, $"answers-{argument}.tsv")))],
            _ => [(Path.GetFileNameWithoutExtension(argument), argument)],
        };

        var kb = new KnowledgeLoader().Load(KnowledgePaths.DefaultDataDirectory).KnowledgeBase;
        using var search = new KnowledgeSearch(kb);
        var answerer = new QuestionAnswerer(kb, search);
        var passed = true;
        var heldOut = new List<AnswerEvaluationReport>();
        foreach (var (name, path) in sets)
        {
            if (path is null || !File.Exists(path))
            {
                await output.WriteLineAsync($"Evaluation file not found: {path ?? name} (pass its path as the argument).").ConfigureAwait(false);
                return 2;
            }

            var cases = AnswerEvaluationSet.Parse(await File.ReadAllLinesAsync(path, ct).ConfigureAwait(false));
            ct.ThrowIfCancellationRequested();
            var report = AnswerEvaluator.Evaluate(q => baseline ? SnippetSearchBaseline.Answer(search, answerer.Analyzer, q) : answerer.Answer(q), cases);
            await WriteReportAsync(output, name + (baseline ? " (baseline: snippet search)" : string.Empty), report, showMisses, explain ? answerer : null).ConfigureAwait(false);
            if (name.StartsWith("holdout", StringComparison.Ordinal))
            {
                heldOut.Add(report);
            }

            passed &= report.Top1Accuracy >= TargetTop1 && report.ContainsAccuracy >= TargetContains && report.FalseAnswerRate <= TargetFalseAnswers;
        }

        if (heldOut.Count > 1)
        {
            // The targets are judged on all held-out questions together: each set alone is too small to move by less
            // than a question's worth (about 0.5 %).
            await WriteReportAsync(output, $"pooled held-out ({heldOut.Count} sets)", Pool(heldOut), showMisses: false, explainWith: null).ConfigureAwait(false);
        }

        return passed ? 0 : 1;
    }

    private static AnswerEvaluationReport Pool(IReadOnlyList<AnswerEvaluationReport> reports) => new()
    {
        Total = reports.Sum(r => r.Total),
        Answerable = reports.Sum(r => r.Answerable),
        Unanswerable = reports.Sum(r => r.Unanswerable),
        Chinese = reports.Sum(r => r.Chinese),
        Top1Correct = reports.Sum(r => r.Top1Correct),
        ContainsCorrect = reports.Sum(r => r.ContainsCorrect),
        FalseAnswers = reports.Sum(r => r.FalseAnswers),
        Misses = [],
    };

    private static async Task WriteReportAsync(TextWriter output, string name, AnswerEvaluationReport r, bool showMisses, QuestionAnswerer? explainWith)
    {
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"{name}: {r.Total} questions ({r.Chinese} Chinese, {r.Unanswerable} unanswerable)")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"  top-1 entry accuracy:    {r.Top1Accuracy,6:P1}  ({r.Top1Correct}/{r.Answerable}, target ≥ {TargetTop1:P0})")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"  answer-contains accuracy: {r.ContainsAccuracy,6:P1}  ({r.ContainsCorrect}/{r.Answerable}, target ≥ {TargetContains:P0})")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"  false answers:           {r.FalseAnswerRate,6:P1}  ({r.FalseAnswers}/{r.Unanswerable}, target ≤ {TargetFalseAnswers:P0})")).ConfigureAwait(false);
        if (!showMisses)
        {
            return;
        }

        foreach (var m in r.Misses)
        {
            var what = m.FalseAnswer ? "answered an unanswerable question" : m.WrongEntry ? $"expected {string.Join(" or ", m.Case.ExpectedIds)}" : "answer lacks the fact";
            await output.WriteLineAsync(string.Create(c, $"  line {m.Case.LineNumber}: \"{m.Case.Question}\" — {what}; got {m.ChosenId ?? "no answer"}")).ConfigureAwait(false);
            if (explainWith is not null)
            {
                // For tuning on the dev set: what the answer said and how the best entries scored.
                await output.WriteLineAsync("      lead: " + m.Lead).ConfigureAwait(false);
                foreach (var line in explainWith.ExplainRanking(m.Case.Question, 3))
                {
                    await output.WriteLineAsync("      " + line).ConfigureAwait(false);
                }
            }
        }
    }
}
