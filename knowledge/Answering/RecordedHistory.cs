using System.Globalization;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// How far back the knowledge base's rule history reaches. "Korea's duty exemption in 2018" asks about a year before the
/// first period recorded for Korea's rules (2020-01-01): the rule in force now is no answer for it, and neither is the
/// market's overview. The reply says where the record starts instead of guessing.
/// </summary>
internal sealed partial class RecordedHistory(KnowledgeBase kb)
{
    /// <summary>
    /// The rule whose record starts after the whole period the question asks about, with that first date; null when the
    /// question names no date, the entry is no market or import rule, or the record reaches the date.
    /// </summary>
    public (ImportRule Rule, Market Market, DateOnly First)? StartsAfterAsked(QuestionAnalysis q, AnswerEntry entry)
    {
        if (q.AsOf is not { } asked)
        {
            return null;
        }

        // A year alone is answered by any period in force during it, so the record must start after its last day.
        var lastAskedDay = q.AsOfYearOnly ? new DateOnly(asked.Year, 12, 31) : asked;
        var rules = entry.Type switch
        {
            SearchEntryType.ImportRule when entry.ParentId is { } parent && kb.FindMarket(parent) is { } market
                => market.ImportRules.Where(r => r.Id == entry.Id).Select(r => (Rule: r, Market: market)),
            SearchEntryType.Market when kb.FindMarket(entry.Id) is { } market => market.ImportRules.Select(r => (Rule: r, Market: market)),
            _ => [],
        };
        // A first period whose note says the figure is older than the record ("the threshold is older", "long-standing")
        // answers earlier dates too: the record starts there, the rule does not.
        var recorded = rules.Where(r => r.Rule.Periods.Count > 0 && !OlderThanRecord(r.Rule))
            .Select(r => (r.Rule, r.Market, First: r.Rule.Periods.Min(p => p.From)))
            .OrderBy(r => r.First)
            .ToList();
        return recorded.Count > 0 && recorded.All(r => r.First > lastAskedDay) ? recorded[0] : null;
    }

    /// <summary>Whether the rule's first recorded period says its figure held before the record starts.</summary>
    public static bool OlderThanRecord(ImportRule rule) =>
        rule.Periods.OrderBy(p => p.From).FirstOrDefault()?.Note is { } note
        && OlderNote().IsMatch(note.En + "\n" + note.ZhCn);

    /// <summary>The honest reply: the date asked is before the record, which starts on the given day.</summary>
    public static string Explain(QuestionAnalysis q, ImportRule rule, Market market, DateOnly first)
    {
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var asked = q.AsOfYearOnly
            ? q.AsOf!.Value.Year.ToString(CultureInfo.InvariantCulture) + (zh ? "年" : string.Empty)
            : AnswerText.Date(q.AsOf!.Value);
        return zh
            ? $"我没有{market.Name.ZhCn}在{asked}的规则记录：知识库中“{rule.Name.ZhCn}”的记录从 {AnswerText.Date(first)} 开始，更早的数值我不想猜。可以问我此后任何日期的规定。"
            : $"I don't have {market.Name.En}'s rule for {asked}: my record of \"{rule.Name.En}\" starts on {AnswerText.Date(first)}, and I'd rather not guess an earlier figure. Ask me about any date since then.";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bis older\b|\bolder than\b|\blong-standing\b|长期存在|本身更早", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OlderNote();
}
