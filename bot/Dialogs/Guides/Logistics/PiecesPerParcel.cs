using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A price said per piece together with how many pieces one parcel holds ("一个杯子卖15欧，一箱4个", "15 eur each, 4 per
/// box", "$8/pc, 12 pcs in a parcel") is the parcel's declared value: the price times the pieces. Only a count tied to
/// the parcel (box, carton, parcel, order, 箱, 包, 单) counts; "4 pieces" alone may be four parcels.
/// </summary>
public static partial class PiecesPerParcel
{
    /// <summary>The parcel's value, or null when the message does not give both a price per piece and a count per parcel.</summary>
    public static decimal? ParcelValue(string text, MoneyEntity price)
    {
        var at = text.IndexOf(price.Text, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || !PricedPerPiece(text, at, at + price.Text.Length) || Count(text) is not { } count || count < 2)
        {
            return null;
        }

        return price.Amount * count;
    }

    private static bool PricedPerPiece(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 12)..start];
        var after = text[end..Math.Min(text.Length, end + 12)];
        return PieceBefore().IsMatch(before) || PieceAfter().IsMatch(after);
    }

    private static int? Count(string text)
    {
        var match = CountInParcel().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["n1"].Success ? match.Groups["n1"].Value : match.Groups["n2"].Value;
        var numeral = match.Groups["z1"].Success ? match.Groups["z1"].Value : match.Groups["z2"].Value;
        return digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : ChineseNumeral.TryParse(numeral, out var value) ? (int)value
            : null;
    }

    // "一个杯子卖", "每件", "单价", "each", "per piece" before the price; "一个包裹" is the parcel, not a piece.
    [GeneratedRegex(@"((一|每|单)(个|件|只|条|双|套|把|支|盒|台)(?!包裹|箱|包|盒)[^，,。；;0-9]{0,6}|单价[^，,。0-9]{0,3}|\b(each|per (piece|unit|item|pc))\b[^,.;0-9]{0,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex PieceBefore();

    // "一个", "/个", "each", "/pc", "per unit", "apiece" after the price.
    [GeneratedRegex(@"^\s*(/\s*(个|件|只|pc|pcs|piece|unit|item)|(一|每)(个|件|只|条|双|套|把|支|台)|each\b|apiece\b|a piece\b|per (piece|unit|item|pc)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PieceAfter();

    // "一箱4个", "每箱装4个", "4个一箱", "4 per box", "4 in a parcel", "12 pcs per carton", "box of 6". Counts have at most
    // four digits and the word between is letters only, so a long run of digits cannot make the engine backtrack.
    [GeneratedRegex(@"(?:(?:一|每)(?:箱|包|盒|单|个包裹)(?:装|有|放)?\s*(?:(?<n1>\d{1,4})(?!\d)|(?<z1>[两二三四五六七八九十])(?![两二三四五六七八九十]))\s*(?:个|件|只|条|双|套|把|支|台|pcs)?)|(?:(?:(?<!\d)(?<n2>\d{1,4})(?!\d)|(?<z2>[两二三四五六七八九十])(?![两二三四五六七八九十]))\s*(?:个|件|只|条|双|套|把|支|台|pcs|pieces|units|items|[^\W\d_]{1,20})?\s*(?:一箱|一包|一盒|一单|(?:per|in (?:a|each|one|every)|to a|a) (?:box|carton|parcel|package|order|shipment)))|(?:(?:box|carton|parcel|pack|package) of (?<n2>\d{1,4})(?!\d))", RegexOptions.IgnoreCase)]
    private static partial Regex CountInParcel();
}
