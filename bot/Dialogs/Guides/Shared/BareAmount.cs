using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A reply to a money question that is only a number, with no currency: "200", "about 2k", "two hundred", "两百",
/// "预算三千左右", "1.5万". The guide reads it in the currency it assumes for the question and says so ("I'll assume
/// 200 USD"), so an amount is never refused for lacking a currency and never silently taken in the wrong one.
/// </summary>
public static partial class BareAmount
{
    /// <summary>The amount when <paramref name="text"/> is a number and nothing else but hedges; null otherwise (a currency word included).</summary>
    public static decimal? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var answer = WhiteSpace.Collapse(Hedges().Replace(text, " ")).Trim().TrimEnd('.', '。', '!', '！', '?', '？').Trim();
        if (Number().Match(answer) is { Success: true } number && Value(number.Groups["n"].Value) is { } value)
        {
            var multiplier = number.Groups["mult"].Value.ToLowerInvariant() switch
            {
                "万" or "w" => 10_000m,
                "千" or "k" => 1_000m,
                _ => 1m,
            };
            return value * multiplier;
        }

        return EnglishNumeral.TryParse(answer, out var words) && words > 0 ? words : null;
    }

    private static decimal? Value(string number)
    {
        if (decimal.TryParse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var digits))
        {
            return digits > 0 ? digits : null;
        }

        return ChineseNumeral.TryParse(number, out var chinese) && chinese > 0 ? chinese : null;
    }

    /// <summary>Words around an amount that do not change it: "about", "a month", "budget is", "货值大概…左右".</summary>
    [GeneratedRegex(@"(?:\b(?:about|around|roughly|approximately|approx|maybe|perhaps|probably|up to|max(?:imum)?|budget(?:\s+is)?|value(?:\s+is)?|worth|declared|it's|its|of|per\s+month|a\s+month|monthly|each\s+month|every\s+month|per\s+parcel|each|/\s*mo(?:nth)?)\b|一个月|每个月|每月|月均|左右|大概|大约|差不多|最多|预算(?:是|为|有)?|货值(?:是|为)?|申报价值(?:是|为)?|价值(?:是|为)?|一个包裹|每个包裹|~|约)", RegexOptions.IgnoreCase)]
    internal static partial Regex Hedges();

    [GeneratedRegex(@"^(?<n>\d{1,12}(?:,\d{3})*(?:\.\d{1,4})?|[零〇一二两三四五六七八九十百千万]+)\s*(?<mult>k|w|万|千)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
