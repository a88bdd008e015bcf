using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Picks one side of a comparison for the case the question states ("for a B2C seller", "卖给企业买家"), from the
/// two entries' own sentences: a sentence that speaks of that case in favour counts for its entry, one that speaks
/// of it as a problem ("a common cause of refused parcels") counts against. No verdict when the question states no
/// case or the entries do not settle it.
/// </summary>
internal static partial class ComparisonVerdict
{
    /// <summary>The winner's title and the sentence that decides it, or null.</summary>
    public static (AnswerEntry Winner, string Reason)? Decide(QuestionAnalysis q, AnswerEntry first, AnswerEntry second)
    {
        var lang = q.Language;
        var cases = Cases().Where(c => c.Asked.IsMatch(q.Text)).ToList();
        if (cases.Count != 1)
        {
            return null;
        }

        var wanted = cases[0].Said;
        var a = Weigh(first, wanted, lang);
        var b = Weigh(second, wanted, lang);
        if (a.Score == b.Score)
        {
            return null;
        }

        var (winner, loser, win, lose) = a.Score > b.Score ? (first, second, a, b) : (second, first, b, a);

        // The reason is the winner's own favourable sentence, or else what the data warns about the other side.
        var reason = win.For ?? (lose.Against is { } against ? loser.Title.Get(lang) + (KnowledgeLanguage.IsChinese(lang) ? "：" : ": ") + against : null);
        return reason is null ? null : (winner, reason);
    }

    private static (int Score, string? For, string? Against) Weigh(AnswerEntry entry, Regex wanted, string lang)
    {
        var score = 0;
        string? pro = null, con = null;
        // What an entry says it suits (its detail items) speaks more directly to a case than its summary.
        foreach (var text in entry.Details.Append(entry.Summary).Select(t => t.Get(lang)))
        {
            foreach (var sentence in AnswerText.Sentences(text))
            {
                if (!wanted.IsMatch(sentence))
                {
                    continue;
                }

                if (Problem().IsMatch(sentence))
                {
                    score--;
                    con ??= sentence;
                }
                else
                {
                    score++;
                    pro ??= sentence;
                }
            }
        }

        return (score, pro, con);
    }

    // What a question says about the seller's case, and how the entries' text speaks of the same case.
    private static IEnumerable<(Regex Asked, Regex Said)> Cases() =>
    [
        (ConsumerCase(), ConsumerText()),
        (BusinessCase(), BusinessText()),
    ];

    [GeneratedRegex(@"\bB2C\b|consumers?|retail|end (buyers|customers)|个人(买家|消费者)|消费者|零售|C端", RegexOptions.IgnoreCase)]
    private static partial Regex ConsumerCase();

    [GeneratedRegex(@"\bB2C\b|consumers?|retail|消费者|零售", RegexOptions.IgnoreCase)]
    private static partial Regex ConsumerText();

    [GeneratedRegex(@"\bB2B\b|wholesale|business (buyers|customers)|importers?|distributors?|企业买家|批发|B端|进口商", RegexOptions.IgnoreCase)]
    private static partial Regex BusinessCase();

    [GeneratedRegex(@"\bB2B\b|wholesale|business buyers?|importers?|企业买家|批发|进口商", RegexOptions.IgnoreCase)]
    private static partial Regex BusinessText();

    [GeneratedRegex(@"refus|cause of|risk|problem|complain|avoid|not suit|拒收|原因|风险|问题|投诉|不适合", RegexOptions.IgnoreCase)]
    private static partial Regex Problem();
}
