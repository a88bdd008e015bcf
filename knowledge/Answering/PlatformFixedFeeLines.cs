using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A platform's fixed fees from the typed model ("Listing fee (each listing, …): USD 0.20 per listing"), written as answer
/// lines: a fee answer gives them with the fee note, and leads with the one the question names ("etsy listing fee").
/// </summary>
internal static class PlatformFixedFeeLines
{
    public static IReadOnlyList<string> Of(Platform platform, string language)
    {
        var zh = KnowledgeLanguage.IsChinese(language);
        return [.. platform.Fees.Fixed.Select(fee => zh
            ? $"{fee.Name.ZhCn}：{AnswerText.Money(fee.Amount)}{Per(fee.Per, zh)}。"
            : $"{fee.Name.En}: {AnswerText.Money(fee.Amount)} {Per(fee.Per, zh)}.")];
    }

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
