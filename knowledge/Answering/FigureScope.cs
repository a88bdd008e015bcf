using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Whether a platform's fee figure is for the scope the question asks: one country's store ("速卖通西班牙站佣金", "lazada
/// philippines commission", "noon storage fee in dubai") or one category ("ebay final value fee for clothing"). A figure the
/// entry gives for another store ("about 3 % + USD 0.25 in the US", "SAR 2.5 per cubic foot in KSA") or for all categories
/// at once ("commission by country and category") is not that figure; the honest reply says so and shows what is held.
/// </summary>
internal sealed class FigureScope(KnowledgeBase kb, MarketFigureItems markets)
{
    private readonly ProductCategoryWords _categories = new(kb);

    /// <summary>Why the answer's figures do not fit the scope asked — the store or the category not held — or null when they do.</summary>
    public string? Missing(QuestionAnalysis q, KnowledgeAnswer answer)
    {
        if (!AsksAFee(q) || answer.Entries.FirstOrDefault() is not { Type: SearchEntryType.Platform } entry || kb.FindPlatform(entry.Id) is not { } platform)
        {
            return null;
        }

        var sentences = Lines(answer).SelectMany(t => AnswerText.Sentences(t)).Where(s => AskedFigure.MoneyOrPercent().IsMatch(s)).ToList();
        // A figure said of another store ("SAR 2.5 per cubic foot in KSA") is that store's; a figure said of no store is the
        // platform's home store's (the market it lists first: "coupang commission in korea").
        if (MarketFigureItems.AskedMarketOf(q) is { } market && !sentences.Any(s => markets.Names(market, s))
            && (!IsHome(platform, market) || sentences.Any(s => kb.Markets.Any(m => !m.Id.Equals(market, StringComparison.OrdinalIgnoreCase) && markets.Names(m.Id, s)))))
        {
            return kb.FindMarket(market)?.Name.Get(q.Language) ?? market;
        }

        if (_categories.Of(q.TextWithoutNames()) is { } category && !sentences.Any(s => Names(category, s)))
        {
            return category.Name.Get(q.Language);
        }

        return null;
    }

    /// <summary>The honest reply: the figure for that store or category is not held, and what is.</summary>
    public static string NotHeld(QuestionAnalysis q, KnowledgeAnswer held, string scope) => KnowledgeLanguage.IsChinese(q.Language)
        ? $"我还没有{held.Title}在{scope}的这项数据。目前掌握的是：{held.Lead}"
        : $"I don't have {held.Title}'s figure for {scope} yet. What I do hold: {held.Lead}";

    private static bool AsksAFee(QuestionAnalysis q) => q.Kind == QuestionKind.Fees || AskedFigure.FeeKind(q) is not null;

    // The market the platform lists first among the places it sells is its home store (Coupang: Korea; Allegro: Poland).
    private static bool IsHome(Platform platform, string market) =>
        platform.Regions.FirstOrDefault() is { } first && first.Equals(market, StringComparison.OrdinalIgnoreCase);

    private static bool Names(Category category, string sentence) =>
        new[] { category.Name.En, category.Name.ZhCn }.Concat(category.Keywords?.En ?? []).Concat(category.Keywords?.ZhCn ?? [])
            .Any(k => KnowledgeLanguage.ContainsCjk(k)
                ? sentence.Contains(k, StringComparison.Ordinal)
                : Regex.IsMatch(sentence, $@"\b{Regex.Escape(k.Length > 4 && k.EndsWith('s') ? k[..^1] : k)}s?\b", RegexOptions.IgnoreCase));

    private static IEnumerable<string> Lines(KnowledgeAnswer answer) => answer.Details.Concat(answer.More).Prepend(answer.Lead);
}
