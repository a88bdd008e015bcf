using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A delivery deadline said by a named day instead of a length of time ("before christmas day", "in time for black
/// friday", "月底前要到", "圣诞节之前"): the days from the turn's date to that day, from the slot vocabulary's "deadlines".
/// A day of this year already past is next year's; a day named without a word of "before" or "by" ("it's a christmas
/// gift") is no deadline.
/// </summary>
internal static class NamedDeadline
{
    /// <summary>How far before the named day an English word of "before" may stand ("before christmas", "by the end of the month").</summary>
    private const int MaxGapBefore = 12;

    /// <summary>How far after it a Chinese "前" may stand ("圣诞节前", "月底之前").</summary>
    private const int MaxGapAfter = 3;

    public static decimal? DaysUntil(string text, DateOnly today, DeadlineWords words)
    {
        var lower = text.ToLowerInvariant();
        foreach (var (day, names) in words.Days)
        {
            foreach (var name in names.OrderByDescending(name => name.Length))
            {
                var at = lower.IndexOf(name, StringComparison.Ordinal);
                if (at >= 0 && SaidAsDeadline(lower, at, at + name.Length, words) && DateOf(day, today) is { } date)
                {
                    return Math.Max(1, date.DayNumber - today.DayNumber);
                }
            }
        }

        return null;
    }

    private static bool SaidAsDeadline(string lower, int start, int end, DeadlineWords words)
    {
        var before = lower[Math.Max(0, start - MaxGapBefore)..start];
        var after = lower[end..Math.Min(lower.Length, end + MaxGapAfter)];
        return words.Before.Any(word => before.Contains(word, StringComparison.Ordinal)) || words.After.Any(word => after.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>The next date the named day falls on, today included: "12-25", or a day that moves ("black-friday", "month-end").</summary>
    private static DateOnly? DateOf(string day, DateOnly today)
    {
        DateOnly? InYear(int year) => day switch
        {
            "black-friday" => FourthThursdayOfNovember(year).AddDays(1),
            "cyber-monday" => FourthThursdayOfNovember(year).AddDays(4),
            _ when day.Length == 5 && int.TryParse(day[..2], out var month) && int.TryParse(day[3..], out var date) => new DateOnly(year, month, date),
            _ => null,
        };

        switch (day)
        {
            case "month-end":
                return new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
            case "next-month-end":
                var next = today.AddMonths(1);
                return new DateOnly(next.Year, next.Month, DateTime.DaysInMonth(next.Year, next.Month));
            case "next-month-mid":
                var following = today.AddMonths(1);
                return new DateOnly(following.Year, following.Month, 15);
        }

        return InYear(today.Year) is { } thisYear && thisYear >= today ? thisYear : InYear(today.Year + 1);
    }

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21);
    }
}
