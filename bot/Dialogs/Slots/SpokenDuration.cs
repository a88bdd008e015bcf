using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// A length of time as people say it, read as its most days: a number or a range with its unit ("within 10 days",
/// "2-3 weeks", "3 to 4 wks", "两三个礼拜", "三四天"), words of quantity ("a couple of weeks", "a few days", "十来天", "一个来月",
/// "a fortnight"), "a week or two" / "一两周", "半个月" and "a month or so". The one reader of the logistics guide's delivery
/// time (a speed) and the readiness check's production lead time. A range counts as its longer end: it is what the user
/// can live with.
/// A moment in the past ("three weeks ago", "两周前") is no length of time.
/// </summary>
public static partial class SpokenDuration
{
    private const decimal DaysPerWeek = 7m;
    private const decimal DaysPerMonth = 30m;
    private const decimal HalfMonthDays = 15m;

    /// <summary>"a few days": a small number no one counted.</summary>
    private const decimal AFew = 3m;

    /// <summary>The most days <paramref name="text"/> says; null when it names no length of time.</summary>
    public static decimal? MostDays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        // "一个半月", "a month and a half", "two and a half weeks": the unit and its half.
        if (AndAHalf().Match(lower) is { Success: true } andAHalf && Number(andAHalf.Groups["n"].Value) is { } whole)
        {
            return (whole + 0.5m) * UnitDays(andAHalf.Groups["unit"].Value);
        }

        if (HalfMonth().IsMatch(lower))
        {
            return HalfMonthDays;
        }

        // "a week or two", "一两周": one of the unit or two, so two.
        if (OneOrTwo().Match(lower) is { Success: true } oneOrTwo)
        {
            return 2 * UnitDays(oneOrTwo.Groups["unit"].Value);
        }

        var span = Span().Match(lower);
        if (!span.Success || Number(span.Groups["to"].Success ? span.Groups["to"].Value : span.Groups["n"].Value) is not { } upper)
        {
            return null;
        }

        return upper * UnitDays(span.Groups["unit"].Value);
    }

    private static decimal UnitDays(string unit) =>
        unit.Contains("day", StringComparison.Ordinal) || unit.Contains('天') || unit.Contains('日') ? 1m
        : unit.StartsWith('m') || unit.Contains('月') ? DaysPerMonth
        : unit.StartsWith('f') ? 2 * DaysPerWeek
        : DaysPerWeek;

    /// <summary>A number in digits, English words or Chinese numerals; "两三", "三四" are their larger one, "十来" about ten.</summary>
    private static decimal? Number(string value)
    {
        var trimmed = value.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (Words.TryGetValue(Regex.Replace(trimmed, @"\s+", " "), out var word))
        {
            return word;
        }

        // "两三", "三四", "七八": two numerals side by side are a range; the larger is the longest it may take.
        if (trimmed.Length == 2 && ChineseNumeral.TryParse(trimmed[..1], out var first) && ChineseNumeral.TryParse(trimmed[1..], out var second)
            && second == first + 1)
        {
            return second;
        }

        // "十来", "十几", "几": about ten, ten and some, a few.
        if (trimmed == "几")
        {
            return AFew;
        }

        var about = trimmed.TrimEnd('来', '多', '几');
        return ChineseNumeral.TryParse(about, out var chinese) ? chinese + (trimmed.EndsWith('几') ? AFew + 2 : 0) : null;
    }

    private static readonly Dictionary<string, decimal> Words = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        ["a couple"] = 2, ["a couple of"] = 2, ["couple"] = 2, ["couple of"] = 2, ["a few"] = AFew, ["few"] = AFew,
    };

    // Never starts inside a run of numerals (a start at each of them made such searches quadratic on long runs).
    private const string NumberPattern = @"\d+(?:\.\d+)?|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|[零〇一二两三四五六七八九十百几]+[来多几]?";

    [GeneratedRegex(@"(?<![0-9.a-z零〇一二两三四五六七八九十百])(?<n>" + NumberPattern + @")(?:\s*(?:-|–|~|to|or|到|至)\s*(?<to>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|[一二两三四五六七八九十]+))?\s*(?<unit>(?:working\s+|business\s+|calendar\s+)?days?\b|wks?\b|weeks?\b|fortnights?\b|months?\b|个?工作日|天|个?星期|个?礼拜|周|个[来多]?月)(?!\s*(?:ago\b|前|以前|之前))")]
    private static partial Regex Span();

    [GeneratedRegex(@"\b(?:a|one)\s+(?<unit>day|week|month)\s+or\s+two\b|一两(?:个)?(?<unit>天|星期|周|礼拜|月)")]
    private static partial Regex OneOrTwo();

    [GeneratedRegex(@"(?<![0-9.a-z零〇一二两三四五六七八九十百])(?:(?<n>\d+|an?|one|two|three|four|five|six|[一二两三四五六七八九十]+)\s*(?:个半|and\s+a\s+half\s+)(?<unit>月|天|星期|礼拜|months?|weeks?|days?)|(?<n>an?|one)\s+(?<unit>month|week|day)\s+and\s+a\s+half)")]
    private static partial Regex AndAHalf();

    [GeneratedRegex(@"half\s+a\s+month|半个?月")]
    private static partial Regex HalfMonth();
}
