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

    /// <summary>
    /// "What was Spain's VAT rate in 2011?": the base holds a market's standard rate as last reviewed, not its history, so a
    /// date before the year preceding the review is a rate it does not hold (the rate of today would be a guess). The market
    /// whose rate is asked, or null when the question is no such rate question. An amount quoted ("a 1000 baht parcel in
    /// 2019") asks about the low-value rule, whose history the base does hold.
    /// </summary>
    public Market? RateBeforeReview(QuestionAnalysis q, AnswerEntry entry)
    {
        if (q.Kind != QuestionKind.Rate || q.AsOf is not { } asked || entry.Type != SearchEntryType.Market || QuestionAmounts.Thresholds(q).Count > 0
            || kb.FindMarket(entry.Id) is not { Vat.StandardRatePercent: > 0 } market)
        {
            return null;
        }

        // "印尼2021年增值税税率": a VAT rule whose period in force then writes the rate of the time holds that history.
        var lastAskedDay = q.AsOfYearOnly ? new DateOnly(asked.Year, 12, 31) : asked;
        var recorded = market.ImportRules.Any(r => r.AppliesTo == ImportRuleTarget.Vat && r.Periods.Any(p => p.From <= lastAskedDay
            && (p.To is null || p.To >= new DateOnly(asked.Year, 1, 1)) && p.Note?.En.Contains('%', StringComparison.Ordinal) == true));
        return !recorded && lastAskedDay < new DateOnly(market.Reviewed.Year - 1, 1, 1) ? market : null;
    }

    /// <summary>The honest reply to a past standard rate: the rate held is today's, and the date asked is not in the record.</summary>
    public static string ExplainRate(QuestionAnalysis q, Market market)
    {
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var asked = q.AsOfYearOnly
            ? q.AsOf!.Value.Year.ToString(CultureInfo.InvariantCulture) + (zh ? "年" : string.Empty)
            : AnswerText.Date(q.AsOf!.Value);
        var rate = AnswerText.Percent(market.Vat.StandardRatePercent);
        return zh
            ? $"我只有{market.Name.ZhCn}现行的标准税率（{rate}，{market.Vat.Name.ZhCn}），没有{asked}时的税率记录，不想猜。"
            : $"I only hold {market.Name.En}'s standard rate in force now ({rate}, {market.Vat.Name.En}); I don't have the rate for {asked} and would rather not guess.";
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
