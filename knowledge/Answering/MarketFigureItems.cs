using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A fee line that gives one figure per market ("Professional selling plan, a month: USD 39.99 in the US, GBP 25 in the UK,
/// … JPY 4,900 in Japan"): a question about one market is answered with that market's item, and a market the line does not
/// list is not held — never answered with the other markets' figures.
/// </summary>
internal sealed partial class MarketFigureItems(KnowledgeBase kb)
{
    // A line lists figures per market when at least this many of its items name a market.
    private const int ListedMarkets = 2;

    /// <summary>The line's label and the items of the market asked about ("Professional selling plan, a month: JPY 4,900 in
    /// Japan"), or null when the question names no one market, asks another fee, or the line lists no figures per market.</summary>
    public string? LeadFor(QuestionAnalysis q, string line)
    {
        if (Read(q, line) is not { } read || read.Asked.Count == 0)
        {
            return null;
        }

        var zh = KnowledgeLanguage.IsChinese(q.Language);
        return read.Label + (zh ? "：" : ": ") + string.Join(zh ? "、" : ", ", read.Asked) + (zh ? "。" : ".");
    }

    /// <summary>
    /// Whether the answer holds a line with figures for several markets, none of them the one the question asks about, and
    /// no sentence of the answer gives a figure for that market ("India … its own fee schedule: … from about 2 %" does;
    /// "Canada, Mexico, Brazil and other stores charge their own plan fee" does not).
    /// </summary>
    public bool ListsOthersOnly(QuestionAnalysis q, KnowledgeAnswer answer) =>
        PerMarketLine(q, answer) is { Asked.Count: 0 } && AskedMarket(q) is { } asked
        && !Lines(answer).SelectMany(t => AnswerText.Sentences(t)).Any(s => Names(asked, s) && AskedFigure.MoneyOrPercent().IsMatch(s));

    /// <summary>The honest reply for a market the line does not list: that, and the figures held.</summary>
    public string NotHeld(QuestionAnalysis q, KnowledgeAnswer held)
    {
        var market = AskedMarket(q) is { } id && kb.FindMarket(id) is { } m ? m.Name.Get(q.Language) : q.Markets.First().Surface;
        var line = PerMarketLine(q, held)?.Line ?? held.Lead;
        return KnowledgeLanguage.IsChinese(q.Language)
            ? $"我还没有{held.Title}在{market}的这项数据。目前掌握的是：{line}"
            : $"I don't have {held.Title}'s figure for {market} yet. What I do hold: {line}";
    }

    private static IEnumerable<string> Lines(KnowledgeAnswer answer) => answer.Details.Concat(answer.More).Prepend(answer.Lead);

    private (string Line, IReadOnlyList<string> Asked)? PerMarketLine(QuestionAnalysis q, KnowledgeAnswer answer) =>
        Lines(answer).Select(l => (Line: l, Read: Read(q, l))).FirstOrDefault(r => r.Read is not null) is { Read: { } read } found ? (found.Line, read.Asked) : null;

    private (string Label, IReadOnlyList<string> Asked)? Read(QuestionAnalysis q, string line)
    {
        if (AskedMarket(q) is not { } asked || LabelledList().Match(line) is not { Success: true } list || !AsksThisFee(q, list.Groups["label"].Value))
        {
            return null;
        }

        var items = ItemSeparator().Split(list.Groups["items"].Value).Select(i => i.Trim()).Where(i => i.Length > 0 && AskedFigure.MoneyOrPercent().IsMatch(i)).ToList();
        if (items.Count(i => kb.Markets.Any(m => Names(m.Id, i))) < ListedMarkets)
        {
            return null;
        }

        return (list.Groups["label"].Value.Trim(), [.. items.Where(i => Names(asked, i))]);
    }

    /// <summary>The one market the question names ("亚马逊日本站月租", "amazon.co.jp"), or null when it names none or several.</summary>
    public static string? AskedMarketOf(QuestionAnalysis q) => AskedMarket(q);

    private static string? AskedMarket(QuestionAnalysis q) =>
        q.Markets.Select(m => m.Id.ToLowerInvariant()).Distinct().ToList() is [var one] ? one : null;

    // The fee the line's label names is asked: by its kind ("plan price"), or by how often it is paid when the label says so
    // ("monthly fee", "月租" for "a month"); a commission or a referral fee is not asked of a plan's line.
    private static bool AsksThisFee(QuestionAnalysis q, string label)
    {
        var kind = AskedFigure.FeeKind(q) ?? AskedFigure.CostKind(q);
        if (kind is not null)
        {
            return label.Contains(kind, StringComparison.OrdinalIgnoreCase)
                || (kind == "subscription" && (label.Contains("plan", StringComparison.OrdinalIgnoreCase) || label.Contains("计划", StringComparison.Ordinal)));
        }

        return PerMonth().IsMatch(q.Text) && PerMonth().IsMatch(label);
    }

    [GeneratedRegex(@"\bmonth(?:ly)?\b|\ba month\b|月租|月费|每月|每个月|一个月|plan\b|subscription|计划|套餐", RegexOptions.IgnoreCase)]
    private static partial Regex PerMonth();

    /// <summary>Whether an item names the market: its name, an alias or its code ("the US", "UK", "日本站"); a member state for the EU.</summary>
    public bool Names(string marketId, string item)
    {
        var places = new List<string> { marketId };
        if (marketId.Equals("eu", StringComparison.OrdinalIgnoreCase))
        {
            places.AddRange(kb.Countries.Where(c => c.Eu).Select(c => c.Code));
        }

        return places.Any(code => (kb.FindMarket(code)?.Name is { } name && (item.Contains(name.En, StringComparison.OrdinalIgnoreCase) || item.Contains(name.ZhCn, StringComparison.Ordinal)))
            || kb.FindCountry(code) is { } country && (item.Contains(country.Name.En, StringComparison.OrdinalIgnoreCase) || item.Contains(country.Name.ZhCn, StringComparison.Ordinal)
                || (country.Aliases?.En ?? []).Concat(country.Aliases?.ZhCn ?? []).Any(a => a.Length >= 2 && Regex.IsMatch(item, $@"(?<![A-Za-z]){Regex.Escape(a)}(?![A-Za-z])", RegexOptions.IgnoreCase)))
            || Regex.IsMatch(item, $@"\b{Regex.Escape(code.ToUpperInvariant())}\b"));
    }

    // "Label: item, item and item (note); more": the items run from the label's colon to the first bracket or semicolon; a lead
    // that names its entry first ("Amazon: Professional selling plan, a month: …") has its label after that name.
    [GeneratedRegex(@"(?<label>[^:：]{3,80})[:：]\s*(?<items>[^:：;；(（]+)(?=[;；(（]|$)")]
    private static partial Regex LabelledList();

    // A comma inside a number ("JPY 4,900") joins digits.
    [GeneratedRegex(@"(?<!\d),|,(?!\d)|，|、|;| and | or |和|或")]
    private static partial Regex ItemSeparator();
}
