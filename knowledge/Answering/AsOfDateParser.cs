using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Finds the date a question asks about: "in March 2025", "in 2023", "before July 2018", "around 20th april 2025",
/// "april 20, 2025", "2025-04-20", "2023年2月", "2025年3月5日", "2019年". A year alone means its middle (1 July), a month its
/// 15th, a day itself; "before" means the day before the month starts.
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
                if (!before && Day(zh.Groups["d"], year, month) is { } day)
                {
                    return day;
                }

                return before ? new DateOnly(year, month, 1).AddDays(-1) : new DateOnly(year, month, 15);
            }

            yearOnly = !before;
            return before ? new DateOnly(year, 1, 1).AddDays(-1) : new DateOnly(year, 7, 1);
        }

        if (IsoDate().Match(question) is { Success: true } iso
            && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDay))
        {
            return isoDay;
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
                    if (!before && (Day(en.Groups["d"], year, month) ?? Day(en.Groups["d2"], year, month)) is { } day)
                    {
                        return day;
                    }

                    return before ? new DateOnly(year, month, 1).AddDays(-1) : new DateOnly(year, month, 15);
                }
            }

            yearOnly = !before;
            return before ? new DateOnly(year, 1, 1).AddDays(-1) : new DateOnly(year, 7, 1);
        }

        return null;
    }

    // A day of the month the question writes ("20th", "1st", "5日"), when it is one.
    private static DateOnly? Day(Group group, int year, int month) =>
        group.Success && int.TryParse(group.Value, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"(?<before>before\s+)?(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))?(?:(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(?<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?(?<y>(?:19|20)\d\d)\b(?!\s*/)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b(?:19|20)\d\d-\d\d-\d\d\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*年\s*(?:(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*[日号])?)?(?<before>之前|以前|前)?")]
    private static partial Regex ChineseDate();
}
