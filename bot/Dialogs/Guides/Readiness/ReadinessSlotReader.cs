using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Reads a message for every readiness question ("we hold CE certificates, sell on Amazon, 4 people handle it" answers
/// three): choice and yes/no answers from the slot vocabulary (<c>readiness.&lt;question id&gt;</c>), counts of days,
/// people and months from numbers with their unit, the budget from an amount said as a budget — and, for the question
/// waiting, its short answers and "don't know" (the question's default, said).
/// </summary>
public sealed partial class ReadinessSlotReader(ReadinessQuestionnaire questionnaire, SlotVocabulary vocabulary)
{
    private const string SlotPrefix = "readiness.";
    private const string YesNoSlot = SlotPrefix + "yes-no";
    private const string LeadTimeId = "supply-lead-time";
    private const string StaffId = "team-cross-border-staff";
    private const string CashCycleId = "capital-cash-cycle";

    /// <summary>What the message answers (question id → answer id or invariant number), and which were defaults.</summary>
    public (Dictionary<string, string> Read, HashSet<string> Defaults) Read(string text, MessageEntities entities, string? waitingQuestion)
    {
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        var defaults = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in questionnaire.Questions)
        {
            var waiting = question.Id == waitingQuestion;
            if (ReadOne(question, text, entities, waiting, out var assumed) is { } answer)
            {
                read[question.Id] = answer;
                if (assumed)
                {
                    defaults.Add(question.Id);
                }
            }
            else if (waiting && vocabulary.IsUnknown(text) && vocabulary.DefaultOf(SlotPrefix + question.Id) is { } fallback)
            {
                read[question.Id] = fallback;
                defaults.Add(question.Id);
            }
        }

        return (read, defaults);
    }

    public int SlotsRead(RecognizedMessage message) => Read(message.Text, message.Entities, waitingQuestion: null).Read.Count;

    /// <summary>An answer as the user is told it: "Capital — 20,000 CNY".</summary>
    public string Describe(string questionId, string answer, BotLanguage language) =>
        questionnaire.Questions.FirstOrDefault(q => q.Id == questionId) is { } question
            ? $"{questionnaire.DimensionName(question, language)} — {questionnaire.AnswerLabel(question, answer, language)}"
            : answer;

    private string? ReadOne(ReadinessQuestion question, string text, MessageEntities entities, bool waiting, out bool assumed)
    {
        assumed = false;
        if (ReadinessQuestionnaire.IsBudget(question))
        {
            // "about 2k", "三千左右" at the budget question: the question's own currency (CNY), said as assumed.
            if (waiting && BareAmount.Read(text) is { } bare)
            {
                assumed = true;
                return questionnaire.BudgetAnswer(bare, ReadinessQuestionnaire.BudgetCurrency);
            }

            var money = entities.Money.FirstOrDefault(m => m.Amount >= 0);
            assumed = money is not null && !string.IsNullOrWhiteSpace(text) && BareAmount.Read(money.Text) is not null;
            return money is not null && (waiting || BudgetWords().IsMatch(text)) ? questionnaire.BudgetAnswer(money.Amount, money.Currency.ToUpperInvariant()) : null;
        }

        return question.Id switch
        {
            // "回款大概两三个月" at the lead-time question speaks of money coming back: the cash cycle's months, not days.
            LeadTimeId => Days(text, (waiting && !FinanceWords().IsMatch(text)) || LeadTimeWords().IsMatch(text)),
            StaffId => Count(text, PeopleUnit(), waiting || StaffWords().IsMatch(text) || PeopleUnit().IsMatch(text))
                ?? Count(text, PeopleByRole(), counts: true),
            CashCycleId => Months(text, waiting) ?? Choice(question, text, waiting),
            _ => Choice(question, text, waiting),
        };
    }

    private string? Choice(ReadinessQuestion question, string text, bool waiting)
    {
        var slot = SlotPrefix + question.Id;
        var reading = waiting ? vocabulary.ReadAnswer(slot, text) : vocabulary.ReadAnywhere(slot, text);
        if (reading is { IsDefault: false })
        {
            return reading.Value;
        }

        // Yes/no questions share the plain yes and no words, as replies to their own question only.
        return waiting && question.Type == QuestionType.YesNo && vocabulary.ReadAnswer(YesNoSlot, text) is { IsDefault: false } yesNo
            ? yesNo.Value
            : null;
    }

    /// <summary>"about 25 days", "20天左右", "两个人", "4 people": the number before the unit, when the unit is there.</summary>
    private static string? Count(string text, Regex unit, bool counts)
    {
        if (!counts || unit.Match(text) is not { Success: true } match || ParseNumber(match.Groups["n"].Value) is not { } number)
        {
            return null;
        }

        return ReadinessQuestionnaire.Invariant(number);
    }

    /// <summary>
    /// A length of time in days: "about 25 days", and the longer units people use for lead times, "两周左右" (two
    /// weeks: 14), "3 wks", "半个月" (half a month: 15), "about a month" (30).
    /// </summary>
    private static string? Days(string text, bool counts)
    {
        if (!counts)
        {
            return null;
        }

        if (Count(text, DaysUnit(), counts) is { } days)
        {
            return days;
        }

        if (HalfMonth().IsMatch(text))
        {
            return ReadinessQuestionnaire.Invariant(15);
        }

        foreach (var (unit, length) in new[] { (WeeksUnit(), 7m), (MonthsUnit(), 30m) })
        {
            if (unit.Match(text) is { Success: true } match && ParseNumber(match.Groups["n"].Value) is { } number)
            {
                return ReadinessQuestionnaire.Invariant(number * length);
            }
        }

        return null;
    }

    /// <summary>"about two months", "三到六个月", "半年": months of stock financing, as the question's bucket.</summary>
    private static string? Months(string text, bool waiting)
    {
        if (!(waiting || FinanceWords().IsMatch(text)) || MonthsSaid().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var upper = ParseNumber(match.Groups["to"].Success ? match.Groups["to"].Value : match.Groups["n"].Value);
        if (match.Groups["half"].Success)
        {
            upper = 6;
        }

        return upper switch
        {
            null => null,
            < 1 => "under-1-month",
            <= 3 => "1-3-months",
            <= 6 => "3-6-months",
            _ => "over-6-months",
        };
    }

    private static decimal? ParseNumber(string value)
    {
        var trimmed = value.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (EnglishNumbers.TryGetValue(trimmed.ToLowerInvariant(), out var word))
        {
            return word;
        }

        return ChineseNumeral.TryParse(trimmed, out var chinese) ? chinese : null;
    }

    private static readonly Dictionary<string, decimal> EnglishNumbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
    };

    // Never starts inside a run of numerals: a start at each of them made the search quadratic on long runs.
    private const string Number = @"(?<![0-9.零〇一二两三四五六七八九十百])(?<n>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|[零〇一二两三四五六七八九十百]+)";

    [GeneratedRegex(Number + @"\s*(?:working\s+|business\s+|calendar\s+)?(?:days?|天|日|个工作日)", RegexOptions.IgnoreCase)]
    private static partial Regex DaysUnit();

    [GeneratedRegex(Number + @"\s*(?:weeks?|wks?|个星期|个礼拜|星期|礼拜|周)", RegexOptions.IgnoreCase)]
    private static partial Regex WeeksUnit();

    [GeneratedRegex(Number + @"\s*(?:months?|个月)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthsUnit();

    [GeneratedRegex(@"half\s+a\s+month|半个?月", RegexOptions.IgnoreCase)]
    private static partial Regex HalfMonth();

    // "4 people", "两个人", and "4 of us" (who handle it).
    [GeneratedRegex(Number + @"\s*(?:(?:full[- ]?time\s+)?(?:people|persons?|staff|employees|colleagues|guys|team\s+members|个人|名员工|名|人)|of\s+us\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleUnit();

    [GeneratedRegex(@"(?:(?<half>half\s+a\s+year|半年)|" + Number + @"(?:\s*(?:-|–|to|or|到|至|~)\s*(?<to>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|[一二两三四五六七八九十]+))?\s*(?:months?|个月|月))", RegexOptions.IgnoreCase)]
    private static partial Regex MonthsSaid();

    [GeneratedRegex(@"lead\s*time|production|turnaround|ready\s+to\s+ship|交期|生产|备货|出货|交货|工期", RegexOptions.IgnoreCase)]
    private static partial Regex LeadTimeWords();

    // "两个会英语的业务员", "two sales reps": a number of people named by their role, a few words apart at most.
    [GeneratedRegex(Number + @"\s*(?:个|名|位)?[^\d,，.。;；]{0,8}?(?:业务员|运营|员工|销售|客服|同事|sales\s*(?:reps?|people|staff)|reps\b|operators\b|colleagues\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleByRole();

    [GeneratedRegex(@"\b(?:staff|team|people|employees|handle|work\s+on|full[- ]?time)\b|专职|负责|团队|员工|人手", RegexOptions.IgnoreCase)]
    private static partial Regex StaffWords();

    [GeneratedRegex(@"\bcash\b|financ|runway|pay\s*back|stock\s+in\s+transit|垫资|资金|回款|周转", RegexOptions.IgnoreCase)]
    private static partial Regex FinanceWords();

    [GeneratedRegex(@"budget|spend|per month|a month|monthly|/\s*mo(?:nth)?\b|预算|每月|每个月|一个月|月投入|投入|能投", RegexOptions.IgnoreCase)]
    private static partial Regex BudgetWords();
}
