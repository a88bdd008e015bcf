using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Finds the date a question asks about: "in March 2025", "in 2023", "before July 2018", "2023年2月", "2019年".
/// A year alone means its middle (1 July), a month its 15th; "before" means the day before the month starts.
/// </summary>
internal static partial class AsOfDateParser
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static DateOnly? Parse(string question) => Parse(question, out _);

    public static DateOnly? Parse(string question, out bool yearOnly)
    {
        yearOnly = false;
        if (ChineseDate().Match(question) is { Success: true } zh)
        {
            var year = int.Parse(zh.Groups["y"].Value, CultureInfo.InvariantCulture);
            var before = zh.Groups["before"].Success;
            if (zh.Groups["m"].Success && int.TryParse(zh.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                return before ? new DateOnly(year, month, 1).AddDays(-1) : new DateOnly(year, month, 15);
            }

            yearOnly = !before;
            return before ? new DateOnly(year, 1, 1).AddDays(-1) : new DateOnly(year, 7, 1);
        }

        if (EnglishDate().Match(question) is { Success: true } en)
        {
            var year = int.Parse(en.Groups["y"].Value, CultureInfo.InvariantCulture);
            var before = en.Groups["before"].Success;
            if (en.Groups["m"].Success)
            {
                var month = Array.FindIndex(Months, m => m.StartsWith(en.Groups["m"].Value.ToLowerInvariant(), StringComparison.Ordinal)) + 1;
                if (month > 0)
                {
                    return before ? new DateOnly(year, month, 1).AddDays(-1) : new DateOnly(year, month, 15);
                }
            }

            yearOnly = !before;
            return before ? new DateOnly(year, 1, 1).AddDays(-1) : new DateOnly(year, 7, 1);
        }

        return null;
    }

    [GeneratedRegex(@"(?<before>before\s+)?(?:(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?<y>(?:19|20)\d\d)\b(?!\s*/)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*年\s*(?:(?<m>\d{1,2})\s*月)?(?<before>之前|以前|前)?")]
    private static partial Regex ChineseDate();
}
