using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// How many cartons of the same kind one shipment holds ("3 cartons, 12 kg each", "two boxes of 8kg", "三箱，每箱12公斤",
/// "2个包裹"), and whether the weight said with them is one carton's or the shipment's ("36 kg in total", "一共36公斤").
/// The guide's weight question asks for one parcel, so a weight said for the whole shipment is shared out over its cartons.
/// "12 pcs per carton" and "一箱4个" count pieces in a carton, not cartons, and "one box" is the single parcel the guide
/// already assumes: neither is read.
/// </summary>
public static partial class CartonCount
{
    /// <summary>At most so many cartons are read as one shipment's; a larger number is more likely pieces or an order size.</summary>
    public const int MaxCartons = 999;

    /// <summary>The cartons the message names (two or more), or null.</summary>
    public static int? Read(string text)
    {
        var match = Cartons().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["n"].Value;
        int? count = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : EnglishNumeral.TryParse(number, out var english) ? (int)english
            : ChineseNumeral.TryParse(number, out var chinese) ? (int)chinese
            : null;
        return count is > 1 and <= MaxCartons ? count : null;
    }

    /// <summary>True when the weight in the message is said for the whole shipment rather than for one carton.</summary>
    public static bool WeightIsTotal(string text) => TotalWeight().IsMatch(text) && !EachWeight().IsMatch(text);

    // A count right before the carton word, with at most one describing word between ("3 big cartons"); "箱" after a number
    // alone ("三箱"), or with 个 / 只 and a box word ("两个纸箱", "3个包裹"). "一箱" is one carton, "每箱" each.
    [GeneratedRegex(@"(?<![\w.])(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s*(?:x\s*)?(?:(?:big|small|large|medium|heavy|identical|same|master|export|full)\s+)?(?:cartons?|ctns?|boxes|parcels|packages|cases)\b|(?<![\d一每单整])(?<n>\d{1,3}|[两二三四五六七八九十]{1,2})\s*(?:个|只)?\s*(?:箱(?!子里)|纸箱|箱子|外箱|包裹)", RegexOptions.IgnoreCase)]
    private static partial Regex Cartons();

    // "in total", "total weight", "altogether", "gross", "一共", "总共", "总重", "合计", "加起来".
    [GeneratedRegex(@"\b(?:in\s+total|total(?:\s+weight)?|altogether|all\s+together|combined|gross|overall)\b|一共|总共|总重|共计|合计|加起来|总计|共\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex TotalWeight();

    // "each", "per carton", "a box", "/ctn", "apiece", "每箱", "每个", "单箱", "一箱": the weight is one carton's.
    [GeneratedRegex(@"\b(?:each|apiece|per\s+(?:carton|ctn|box|parcel|package|case|piece)|a\s+(?:carton|box|parcel|package|case))\b|/\s*(?:ctn|carton|box)\b|每箱|每个|每件|单箱|一箱", RegexOptions.IgnoreCase)]
    private static partial Regex EachWeight();
}
