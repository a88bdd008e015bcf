using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A platform's fixed fees from the typed model ("Listing fee (each listing, …): USD 0.20 per listing"), written as answer
/// lines: a fee answer gives them with the fee note, and leads with the one the question names ("etsy listing fee").
/// </summary>
internal static class PlatformFixedFeeLines
{
    public static IReadOnlyList<string> Of(Platform platform, string language) =>
        [.. platform.Fees.Fixed.Select(fee => Line(fee, KnowledgeLanguage.IsChinese(language)))];

    /// <summary>
    /// The fixed fees one store charges ("Professional selling plan (Japan): JPY 4,900 a month"), each with the fee's name,
    /// which carries that store's own pages as its sources; empty when the platform lists no fee of that market.
    /// </summary>
    public static IReadOnlyList<(string Line, LocalizedText From)> OfStore(Platform platform, string language, string market) =>
        [.. platform.Fees.Fixed.Where(fee => market.Equals(fee.Market, StringComparison.OrdinalIgnoreCase))
            .Select(fee => (Line(fee, KnowledgeLanguage.IsChinese(language)), fee.Name))];

    /// <summary>
    /// The fee sources that are not another store's own: the fee field's list less the pages only other markets' fixed fees
    /// and fee changes cite (the UK pricing page is not a source for the Japanese store).
    /// </summary>
    public static IReadOnlyList<string> SourcesNotOfOtherStores(Platform platform, string market)
    {
        bool Other(string? m) => m is not null && !m.Equals(market, StringComparison.OrdinalIgnoreCase);
        var others = platform.Fees.Fixed.Where(f => Other(f.Market)).SelectMany(f => f.Name.Sources ?? [])
            .Concat(platform.Fees.History.Where(h => Other(h.Market)).SelectMany(h => h.Sources)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var own = platform.Fees.Fixed.Where(f => !Other(f.Market)).SelectMany(f => f.Name.Sources ?? [])
            .Concat(platform.Fees.History.Where(h => !Other(h.Market)).SelectMany(h => h.Sources)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. platform.Fees.Sources.Where(id => own.Contains(id) || !others.Contains(id))];
    }

    private static string Line(PlatformFixedFee fee, bool zh) => zh
        ? $"{fee.Name.ZhCn}：{AnswerText.Money(fee.Amount)}{Per(fee.Per, zh)}。"
        : $"{fee.Name.En}: {AnswerText.Money(fee.Amount)} {Per(fee.Per, zh)}.";

    /// <summary>The line of the fixed fee whose name carries the fee kind the question asks about, if any.</summary>
    public static string? Named(Platform platform, string language, string? kind) =>
        kind is null ? null : Of(platform, language).FirstOrDefault(line => line.Contains(kind, StringComparison.OrdinalIgnoreCase));

    private static string Per(FeePeriod per, bool zh) => per switch
    {
        FeePeriod.Month => zh ? "/月" : "a month",
        FeePeriod.Year => zh ? "/年" : "a year",
        FeePeriod.Listing => zh ? "/条" : "per listing",
        FeePeriod.Order => zh ? "/单" : "per order",
        _ => zh ? "/件（每售出一件）" : "per item sold",
    };
}
