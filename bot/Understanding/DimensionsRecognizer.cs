namespace CrossBorderBot.Understanding;

/// <summary>
/// Finds parcel dimensions: "35*25*25", "35x25x25cm", "40 × 30 × 20 mm", "12x10x8 in", "长35宽25高25". The value is
/// "LxWxH" in centimetres (numbers without a unit are taken as centimetres, as sellers quote cartons).
/// </summary>
internal static partial class DimensionsRecognizer
{
    // "in" counts as inches only at the end of a clause: "30x20x10 in a box" is not in inches.
    private const string Unit = @"(?:cm|mm|m|in(?=\s*(?:$|[,.;!?，。]))|inch(?:es)?|""|厘米|公分|毫米|米|英寸)";

    public static IEnumerable<EntityMention> Find(string text, bool[] claimed)
    {
        foreach (var match in new[] { LatinRegex().Matches(text), ChineseRegex().Matches(text) }.SelectMany(m => m))
        {
            if (PhraseMatcher.IsClaimed(claimed, match.Index, match.Index + match.Length))
            {
                continue;
            }

            var unit = match.Groups["u"].Success ? match.Groups["u"].Value
                : match.Groups["u2"].Success ? match.Groups["u2"].Value
                : match.Groups["u1"].Value;
            var factor = CentimetresPer(unit);
            var sides = new[] { "a", "b", "c" }
                .Select(g => decimal.Parse(match.Groups[g].Value, NumberStyles.Float, CultureInfo.InvariantCulture) * factor)
                .ToList();
            if (sides.Any(s => s <= 0))
            {
                continue;
            }

            PhraseMatcher.Claim(claimed, match.Index, match.Index + match.Length);
            var value = string.Join("x", sides.Select(s => s.ToString("0.##", CultureInfo.InvariantCulture)));
            yield return new EntityMention(EntityType.Dimensions, match.Index, match.Length, value, match.Value);
        }
    }

    private static decimal CentimetresPer(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "mm" or "毫米" => 0.1m,
        "m" or "米" => 100m,
        "in" or "inch" or "inches" or "\"" or "英寸" => 2.54m,
        _ => 1m,
    };

    [GeneratedRegex(@"(?<![\d.])(?<a>\d+(?:\.\d+)?)\s*(?<u1>" + Unit + @")?\s*[x×*X✕]\s*(?<b>\d+(?:\.\d+)?)\s*(?<u2>" + Unit + @")?\s*[x×*X✕]\s*(?<c>\d+(?:\.\d+)?)\s*(?<u>" + Unit + @")?(?![A-Za-z\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LatinRegex();

    [GeneratedRegex(@"长\s*(?<a>\d+(?:\.\d+)?)\s*(?<u1>" + Unit + @")?\s*[，,、\s]?\s*宽\s*(?<b>\d+(?:\.\d+)?)\s*(?<u2>" + Unit + @")?\s*[，,、\s]?\s*高\s*(?<c>\d+(?:\.\d+)?)\s*(?<u>" + Unit + @")?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChineseRegex();
}
