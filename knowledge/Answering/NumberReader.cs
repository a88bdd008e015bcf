using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// The amounts written in a text, as numbers: "US$800", "A$1,000", "RM500", "1万日元", "1 million dong", "20%". A question
/// that quotes an amount ("the $800 de minimis", "50美元以下") points at the entry that holds that amount.
/// </summary>
internal static partial class NumberReader
{
    public static IReadOnlySet<decimal> Read(string text, bool skipYears)
    {
        var numbers = new HashSet<decimal>();
        foreach (Match m in Amount().Matches(text))
        {
            if (!decimal.TryParse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var scale = m.Groups["x"].Value.ToLowerInvariant() switch
            {
                "万" => 10_000m,
                "千" => 1_000m,
                "million" or "百万" => 1_000_000m,
                "k" => 1_000m,
                _ => 1m,
            };
            value *= scale;

            // "in 2025" is a date, not an amount; the as-of reading deals with it.
            var year = scale == 1 && !m.Groups["n"].Value.Contains(',', StringComparison.Ordinal) && value is >= 1990 and <= 2099 && value == decimal.Truncate(value);
            if (skipYears && year)
            {
                continue;
            }

            numbers.Add(value);
        }

        return numbers;
    }

    // A number not glued to other digits or decimal points, with an optional multiplier after it.
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])\s?(?<x>万|千|百万|million\b|k\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}
