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
    public const string StaffId = "team-cross-border-staff";
    private const string CashCycleId = "capital-cash-cycle";
    private const string ExperienceId = "digital-ecommerce-experience";

    /// <summary>What the message answers (question id → answer id or invariant number), and which were defaults.</summary>
    /// <remarks>
    /// "EPR是必须的吗？德国那边", "do we need EPR for packaging in france?": a clause that asks is no answer (its "是" or
    /// "need" would be stored as one); only what the message says outside such clauses is read, and nothing is guessed
    /// from a message that asks.
    /// </remarks>
    public (Dictionary<string, string> Read, HashSet<string> Defaults) Read(string text, MessageEntities entities, string? waitingQuestion)
    {
        var said = AskingClauses.Without(text);
        return said.Length == 0
            ? (new Dictionary<string, string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal))
            : Read(said, entities, waitingQuestion, byItsTopic: false, asks: said.Length != text.Length);
    }

    private (Dictionary<string, string> Read, HashSet<string> Defaults) Read(string text, MessageEntities entities, string? waitingQuestion, bool byItsTopic, bool asks)
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
            else if (waiting && vocabulary.IsUnknown(text) && !DoubtIsAboutAnotherQuestion(question.Id, text) && vocabulary.DefaultOf(SlotPrefix + question.Id) is { } fallback)
            {
                read[question.Id] = fallback;
                defaults.Add(question.Id);
            }
        }

        // "a year on shopify", "天猫做了三年": a length of time said with a marketplace is how long they sold there, no cash cycle.
        if (read.ContainsKey(ExperienceId) && read.ContainsKey(CashCycleId) && waitingQuestion != CashCycleId && !Names(CashCycleId, text))
        {
            read.Remove(CashCycleId);
            defaults.Remove(CashCycleId);
        }

        // "一年大概十来万" at the budget question: the year is the amount's period, no cash cycle.
        if (read.ContainsKey(ReadinessQuestionnaire.BudgetQuestionId) && read.ContainsKey(CashCycleId) && waitingQuestion != CashCycleId
            && vocabulary.RelativeAmounts.IsPerYear(text) && !Names(CashCycleId, text))
        {
            read.Remove(CashCycleId);
            defaults.Remove(CashCycleId);
        }

        // "we have around 30,000 rmb for it", "一千块左右" at the lead-time, staff or months question: an amount of money with its
        // currency answers none of those (days, people, months); money is the budget's, its own answer or a new one.
        if (waitingQuestion is (LeadTimeId or StaffId or CashCycleId) && !read.ContainsKey(waitingQuestion)
            && entities.Money.Any(m => m.Amount > 0 && BareAmount.Read(m.Text) is null)
            && questionnaire.Questions.FirstOrDefault(ReadinessQuestionnaire.IsBudget) is { } budgetQuestion
            && ReadOne(budgetQuestion, text, entities, waiting: true, out var budgetAssumed) is { } budget)
        {
            read[budgetQuestion.Id] = budget;
            if (budgetAssumed)
            {
                defaults.Add(budgetQuestion.Id);
            }
        }

        if (waitingQuestion is not null && read.ContainsKey(waitingQuestion) && OnlyAboutOtherQuestions(waitingQuestion, text))
        {
            read.Remove(waitingQuestion);
            defaults.Remove(waitingQuestion);
        }

        if (waitingQuestion is null || read.Count > 0 || asks || text.Contains('?') || text.Contains('？'))
        {
            return (read, defaults);
        }

        // "sorry, back on certs, we actually have CE for the lamps", "刚才认证那个说错了，其实有CE" at a later question: a message
        // about one other question's topic that the question waiting reads nothing from answers that question, as its reply
        // (an earlier answer corrected, or one given early); the question waiting is asked again.
        // "our lamps carry UL and FCC reports" at the quality question names the certificates' things, not their topic word:
        // about that question all the same.
        var topics = questionnaire.Questions.Where(q => q.Id != waitingQuestion && Names(q.Id, text)).ToList();
        if (topics.Count == 0)
        {
            topics = questionnaire.Questions.Where(q => q.Id != waitingQuestion && vocabulary.NamesThingOf(SlotPrefix + q.Id, text)).ToList();
        }

        if (!byItsTopic && topics.Count == 1)
        {
            return Read(text, entities, topics[0].Id, byItsTopic: true, asks: false);
        }

        // "跟同款卖家没啥两样", "没做过认证", "LFGB and FDA for food contact": a reply nothing above placed takes its best guess from
        // how it leans against the question's options, said back as assumed ("I'll assume … — say another answer to change it").
        if (topics.Count == 0 && questionnaire.Questions.First(q => q.Id == waitingQuestion).Type != QuestionType.Number
            && vocabulary.GuessAnswer(SlotPrefix + waitingQuestion, text) is { } guess)
        {
            read[waitingQuestion] = guess;
            defaults.Add(waitingQuestion);
        }

        return (read, defaults);
    }

    /// <summary>
    /// True when what the waiting question read from the message is only a short answer's word inside what is said about
    /// other questions: "我们有两个外贸业务员，英语都还行" at the tax question opens with "有" but tells the team and its
    /// English; "会用1688和阿里国际站后台" at the small-batch question opens with "会" but tells the online experience; "we test
    /// burn a few from each batch" at the differentiation question says "a few" about quality checks. Such a message fills
    /// the questions it is about, and the waiting one is asked again. The waiting question keeps its reading when its own
    /// words are in the message, or when one clause answers it alone ("yes, 3 people": the "yes" is its own clause).
    /// </summary>
    private bool OnlyAboutOtherQuestions(string waitingQuestion, string text)
    {
        var waiting = questionnaire.Questions.First(q => q.Id == waitingQuestion);
        if (waiting.Type == QuestionType.Number || vocabulary.ReadAnywhere(SlotPrefix + waitingQuestion, text) is { IsDefault: false }
            || ReadinessOwnScale.Read(waitingQuestion, text, ParseNumber) is not null)
        {
            return false;
        }

        var others = questionnaire.Questions.Where(q => q.Id != waitingQuestion).ToList();
        bool AboutAnother(string clause) =>
            others.Any(q => Names(q.Id, clause) || ReadOne(q, clause, MessageEntities.None, waiting: false, out _) is not null);
        if (!AboutAnother(text))
        {
            return false;
        }

        // "对了，我们跨境这块就两个人在做": "对了" (by the way) only leads into the message; it answers nothing alone.
        return !SlotClauses.WithStarts(SlotVocabulary.Normalize(text)).Select(clause => clause.Clause.Trim())
            .Any(clause => clause.Length > 0 && !ByTheWay().IsMatch(clause) && !AboutAnother(clause) && ReadOne(waiting, clause, MessageEntities.None, waiting: true, out _) is not null);
    }

    /// <summary>
    /// True when every clause of the message that says "don't know" is about another question than the waiting one: "not sure
    /// about budget, maybe 5k rmb a month" at the product question doubts the budget (and then gives it); it answers nothing
    /// about the products, so their question takes no default and is asked again.
    /// </summary>
    private bool DoubtIsAboutAnotherQuestion(string waitingQuestion, string text)
    {
        var doubts = SlotClauses.Of(SlotVocabulary.Normalize(text)).Where(clause => clause.Trim().Length > 0 && vocabulary.IsUnknown(clause)).ToList();
        return doubts.Count > 0 && doubts.All(clause => !Names(waitingQuestion, clause)
            && questionnaire.Questions.Any(q => q.Id != waitingQuestion && (Names(q.Id, clause) || (ReadinessQuestionnaire.IsBudget(q) && BudgetWords().IsMatch(clause)))));
    }

    public int SlotsRead(RecognizedMessage message) => Read(message.Text, message.Entities, waitingQuestion: null).Read.Count;

    /// <summary>
    /// True when the people the message counts are counted by a language they speak or write ("有一个会英语的客服", "one of
    /// us writes decent english", "two staff speak english"): some of the team, which says nothing against a team size known.
    /// </summary>
    public static bool CountsLanguageSpeakers(string? text) => !string.IsNullOrWhiteSpace(text) && LanguageSpeakers().IsMatch(text);

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
            var amount = Budget(text, entities, waiting, out assumed);
            // "一年大概十来万", "60k rmb a year": the question asks per month, so a yearly amount is a twelfth of it, said as assumed.
            if (amount is { } said && vocabulary.RelativeAmounts.IsPerYear(text))
            {
                assumed = true;
                return questionnaire.BudgetAnswer(Math.Round(said.Amount / 12m, 0), said.Currency);
            }

            return amount is { } monthly ? questionnaire.BudgetAnswer(monthly.Amount, monthly.Currency) : null;
        }

        return OtherAnswer(question, text, entities, waiting);
    }

    /// <summary>The amount a message gives the budget question, in the currency said or the question's own.</summary>
    private (decimal Amount, string Currency)? Budget(string text, MessageEntities entities, bool waiting, out bool assumed)
    {
        assumed = false;
        // "万把块", "两三万吧" at the budget question: an amount said by its size only is a round figure of that size, in
        // the currency named or, said as assumed, the question's own (CNY).
        // "十来万 a year, so like 8k rmb a month": said per month as well, the monthly figure is the answer.
        if (waiting && !(vocabulary.RelativeAmounts.SaysPerMonth(text) && entities.Money.Count > 0) && vocabulary.RelativeAmounts.Vague(text) is { } vague)
        {
            assumed = vague.Currency is null;
            return (vague.Amount, vague.Currency ?? ReadinessQuestionnaire.BudgetCurrency);
        }

        // "wait, budget should be 20000 not 12000", "预算应该是三万，不是两万" at any question: a correction naming the old
        // figure gives the new one, in the currency said or the question's own (CNY, named in the question), not said as
        // assumed: it replaces a figure the user gave and saw said back.
        if ((waiting || BudgetWords().IsMatch(text)) && vocabulary.RelativeAmounts.CorrectedFigure(text) is { } corrected)
        {
            var said = entities.Money.FirstOrDefault(m => m.Amount == corrected);
            return (corrected, said?.Currency.ToUpperInvariant() ?? ReadinessQuestionnaire.BudgetCurrency);
        }

        // "about 2k", "三千左右" at the budget question: the question's own currency (CNY), said as assumed.
        if (waiting && BareAmount.Read(text) is { } bare)
        {
            assumed = true;
            return (bare, ReadinessQuestionnaire.BudgetCurrency);
        }

        var money = (vocabulary.RelativeAmounts.SaysPerMonth(text) ? entities.Money.LastOrDefault(m => m.Amount >= 0) : null) ?? entities.Money.FirstOrDefault(m => m.Amount >= 0);
        assumed = money is not null && !string.IsNullOrWhiteSpace(text) && BareAmount.Read(money.Text) is not null;
        return money is not null && (waiting || BudgetWords().IsMatch(text)) ? (money.Amount, money.Currency.ToUpperInvariant()) : null;
    }

    /// <summary>The answer a message gives any question but the budget: choices, yes/no, and counts with their unit.</summary>
    private string? OtherAnswer(ReadinessQuestion question, string text, MessageEntities entities, bool waiting)
    {
        // A number goes to the question its words are about: "回款大概两三个月" or "we could fund stock for 4 months" at the
        // lead-time question are the cash cycle's months, "3 sales guys" the staff, "production takes 15 days" the lead time.
        return question.Id switch
        {
            // "有现货，当天发", "all in stock, ships same day": the question's own words for a lead time of a day (vocabulary).
            LeadTimeId => Days(text, (waiting && !BelongsElsewhere(text, entities, LeadTimeId)) || Names(LeadTimeId, text))
                ?? (waiting ? Choice(question, text, waiting) : null),
            // "only me", "就我自己": the seller alone, said in the vocabulary's words for one person.
            // "两个", "三个吧" at its own question: a count of people with the measure word alone.
            // "pet products factory, ~80 staff" at another question or in the opening: the factory's headcount, not the
            // people on cross-border selling the question asks about, so the question is still asked.
            StaffId when !waiting && IsCompanyHeadcount(text) => null,
            StaffId => FullTimeEquivalent(text, waiting) ?? Count(text, PeopleUnit(), waiting || Names(StaffId, text) || PeopleUnit().IsMatch(text))
                ?? Count(text, CountAlone(), counts: waiting)
                // "our two sales girls both write decent english" at another question counts the ones who write it, not the team;
                // "有两个会英语的业务员" names the team by its role, the language a skill of theirs.
                ?? Count(text, PeopleByRole(), counts: waiting || !CountsLanguageSpeakers(text) || LanguageDetector.ContainsCjk(text)) ?? Choice(question, text, waiting)
                // "actually only 3, one left last month", "其实只有四个，走了两个" while another question waits: a number said as
                // what the team is now, beside the team's words (people leaving or hired are its words too), corrects it.
                ?? Count(text, CountNow(), counts: !waiting && Names(StaffId, text)),
            CashCycleId => CashCycle(question, text, waiting),
            // "custom scents from 50 pieces", "老师傅自己看", "one guy speaks good english": said on the question's own scale; a
            // smallest run in pieces decides the small-batch question before its words ("moq is 5000 pieces" is no).
            _ => (waiting ? ReadinessOwnScale.Decisive(question.Id, text, ParseNumber) : null)
                ?? Choice(question, text, waiting) ?? (waiting ? ReadinessOwnScale.Read(question.Id, text, ParseNumber) : null),
        };
    }

    /// <summary>
    /// True when a number in <paramref name="text"/> is about another number question than <paramref name="questionId"/>
    /// (the lead time's days, the staff's people, the cash cycle's months, the budget's money) and not about this one: the
    /// number question waiting does not take it, whether its reader or its prompt reads the message.
    /// </summary>
    public bool BelongsElsewhere(string? text, MessageEntities entities, string? questionId)
    {
        if (string.IsNullOrWhiteSpace(text) || questionId is not (LeadTimeId or StaffId))
        {
            return false;
        }

        var money = entities.Money.Count > 0;
        var people = Names(StaffId, text) || PeopleUnit().IsMatch(text) || PeopleByRole().IsMatch(text);
        var time = SpokenDuration.MostDays(text) is not null;
        var cash = Names(CashCycleId, text);
        return questionId == LeadTimeId
            ? (people || cash || money) && !Names(LeadTimeId, text)
            : (time || cash || money || Names(LeadTimeId, text)) && !Names(StaffId, text) && !PeopleUnit().IsMatch(text);
    }

    /// <summary>
    /// The cash cycle's months. "under a month, to be honest": a phrase of the vocabulary says the bound the bare number
    /// ("a month") alone misses, so it is read first; whether the message counts for the question is decided once for both.
    /// </summary>
    private string? CashCycle(ReadinessQuestion question, string text, bool waiting)
    {
        var counts = waiting || Names(CashCycleId, text);
        return counts && vocabulary.ReadAnywhere(SlotPrefix + CashCycleId, text) is { IsDefault: false } phrase
            ? phrase.Value
            : Months(text, counts) ?? Choice(question, text, waiting);
    }

    /// <summary>
    /// True when the people counted are the factory's or company's staff or workers ("~80 staff" after "pet products
    /// factory", "trading company, 6 staff", "工厂有五十个工人"): the company is named, and the clause with the count names no
    /// cross-border or online work. A workshop is not such a company word: its few people ("our workshop…, five staff") all
    /// do the work, the selling abroad included.
    /// </summary>
    private static bool IsCompanyHeadcount(string text)
    {
        var count = CompanyWord().IsMatch(text) ? HeadcountUnit().Match(text) : Match.Empty;
        // "广州白云做护肤品代工的，三十人左右": ten or more people said beside what the business makes is its size too; a
        // cross-border team of that size is said with its work.
        if (!count.Success && PeopleUnit().Match(text) is { Success: true } people && ParseNumber(people.Groups["n"].Value) >= LargestTeamSaidAlone)
        {
            count = people;
        }

        if (!count.Success)
        {
            return false;
        }

        var from = text.LastIndexOfAny(ClauseBreaks, Math.Max(0, count.Index - 1)) + 1;
        var to = text.IndexOfAny(ClauseBreaks, count.Index) is var stop and >= 0 ? stop : text.Length;
        return !CrossBorderWork().IsMatch(text[from..to]);
    }

    // The fewest people counted without their work that are taken as the company's size, not its cross-border team.
    private const decimal LargestTeamSaidAlone = 10m;

    // A full stop ends the clause too: "25 staff. pls assess our readiness for selling on marketplaces abroad" names the
    // marketplaces in the next sentence, not as the work of the 25.
    private static readonly char[] ClauseBreaks = [',', '，', ';', '；', '.', '。', '!', '！', '?', '？'];

    private bool Names(string questionId, string text) => vocabulary.NamesTopic(SlotPrefix + questionId, text);

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
    /// People counted in parts, as the full-time equivalents the question asks for: a part-timer counts half ("two
    /// full-timers and a part-timer" is 2.5, "一个全职一个兼职" 1.5), "三个半人" is 3.5 (the half it goes on to explain is not
    /// counted again), and "me and my cousin, part time" counts the seller and the cousin, the last said part time as half.
    /// Null when the message counts no people in parts.
    /// </summary>
    private static string? FullTimeEquivalent(string text, bool waiting)
    {
        if (PeopleAndAHalf().Match(text) is { Success: true } half && ParseNumber(half.Groups["n"].Value) is { } whole)
        {
            return ReadinessQuestionnaire.Invariant(whole + 0.5m);
        }

        var parts = PeopleByTime().Matches(text).Select(part => (Count: ParseNumber(part.Groups["n"].Value), PartTime: part.Groups["part"].Success)).ToList();
        // One part-timer alone answers only the question that asks ("a part-timer" at another question may be anyone); people
        // said full time are the team ("一个全职的" at its question, "2 full timers" at the language question correct it).
        if (parts.Count > 0 && parts.All(part => part.Count is not null) && (parts.Count > 1 || !parts[0].PartTime || waiting))
        {
            return ReadinessQuestionnaire.Invariant(parts.Sum(part => part.Count!.Value * (part.PartTime ? 0.5m : 1m)));
        }

        // "just my daughter, part time", "only my wife": one other person named alone does the work, the seller not counted,
        // half a person when said part time (at the question only: elsewhere it may be anyone's helper).
        if (waiting && OneOtherAlone().Match(text) is { Success: true } alone)
        {
            return ReadinessQuestionnaire.Invariant(PartTimeWord().IsMatch(text[(alone.Index + alone.Length)..]) || alone.Groups["part"].Success ? 0.5m : 1m);
        }

        if (MeAndOthers().Match(text) is { Success: true } named)
        {
            var people = 1 + named.Groups["other"].Captures.Count;
            return ReadinessQuestionnaire.Invariant(people - (PartTimeWord().IsMatch(text[(named.Index + named.Length)..]) ? 0.5m : 0m));
        }

        return null;
    }

    /// <summary>
    /// A length of time in days: "about 25 days", and the longer units and ranges people use for lead times, "两周左右"
    /// (two weeks: 14), "3 wks", "两三周" (21), "半个月" (half a month: 15), "about a month" (30).
    /// </summary>
    private static string? Days(string text, bool counts) =>
        counts && SpokenDuration.MostDays(text) is { } days ? ReadinessQuestionnaire.Invariant(days) : null;

    /// <summary>
    /// "about two months", "三到六个月", "半年": months of stock financing, as the question's bucket. Any other length of time
    /// ("about 6 weeks", "一个多月", "一个半月", "90 days") is read as days and placed in the bucket its months fall in.
    /// </summary>
    private static string? Months(string text, bool counts)
    {
        if (!counts)
        {
            return null;
        }

        if (MonthsSaid().Match(text) is not { Success: true } match)
        {
            return SpokenDuration.MostDays(text) is { } days and > 0 ? MonthsBucket(days / DaysPerMonth) : null;
        }

        var upper = ParseNumber(match.Groups["to"].Success ? match.Groups["to"].Value : match.Groups["n"].Value);
        if (match.Groups["half"].Success)
        {
            upper = 6;
        }

        // "一个半月", "a month and a half": the half said after the months counts.
        if (upper is not null && SpokenDuration.MostDays(text) is { } said && said / DaysPerMonth > upper)
        {
            upper = said / DaysPerMonth;
        }

        return MonthsBucket(upper);
    }

    private const decimal DaysPerMonth = 30m;

    private static string? MonthsBucket(decimal? upper)
    {
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

        if (SpokenNumbers.TryGetValue(trimmed.ToLowerInvariant(), out var word))
        {
            return word;
        }

        return ChineseNumeral.TryParse(trimmed, out var chinese) ? chinese : null;
    }

    // Numbers said in words that no numeral parser reads: English ones, and the spoken Chinese "俩" (two) and "仨" (three).
    private static readonly Dictionary<string, decimal> SpokenNumbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["couple"] = 2, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        ["俩"] = 2, ["仨"] = 3,
    };

    // Never starts inside a run of numerals: a start at each of them made the search quadratic on long runs.
    private const string Number = @"(?<![0-9.零〇一二两三四五六七八九十百])(?<n>\d+(?:\.\d+)?|couple|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|[零〇一二两三四五六七八九十百]+|俩|仨)";

    // "4 people", "两个人", "4 of us" (who handle it), and a word or two between: "3 sales guys", "two full-time staff".
    [GeneratedRegex(Number + @"\s*(?:(?:[a-z-]+\s+){0,2}?(?:people|persons?|staff|employees|colleagues|guys|folks|team\s+members)\b|个人|名员工|名|人|of\s+us\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleUnit();

    [GeneratedRegex(@"(?:(?<half>half\s+a\s+year|半年)|" + Number + @"(?:\s*(?:-|–|to|or|到|至|~)\s*(?<to>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|[一二两三四五六七八九十]+))?\s*(?:of\s+)?(?:months?|个月|月))", RegexOptions.IgnoreCase)]
    private static partial Regex MonthsSaid();

    // "两个", "三个吧", "就两个": the whole reply a number with the measure word (at the people question only).
    [GeneratedRegex(@"^\s*(?:就|只有|一共|总共|大概)?" + Number + @"\s*个\s*(?:吧|啊|呀|左右)?\s*[。.!！]*$")]
    private static partial Regex CountAlone();

    // "only 3", "actually 4 now", "其实只有四个", "现在是三个": a number said as what there is now, not of days, months or money.
    [GeneratedRegex(@"(?:\b(?:only|just|actually|now)\s+|其实|只有|只剩|就剩|现在)(?:是|有|就)?" + Number + @"(?![\d.A-Za-z])(?!\s*(?:days?|weeks?|months?|years?|%|kg|usd|rmb|cny|k\b|天|周|星期|个月|月|年|块|元|万|千|公斤))", RegexOptions.IgnoreCase)]
    private static partial Regex CountNow();

    // "两个会英语的业务员", "two sales reps": a number of people named by their role, a few words apart at most.
    [GeneratedRegex(Number + @"\s*(?:个|名|位)?[^\d,，.。;；]{0,8}?(?:业务员|外贸员|外贸业务|跟单员?|运营|员工|销售|客服|同事|助理|美工|sales\s*(?:reps?|people|staff|girls?|guys?)|reps\b|operators\b|colleagues\b|assistants?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleByRole();

    // "两个全职", "a part-timer", "two students part time", "one full-time person": a number of people with their time.
    [GeneratedRegex(@"(?<![A-Za-z])" + Number + @"(?![A-Za-z])\s*(?:个|名|位)?\s*(?:[^\d,，.。;；]{0,20}?)(?:(?<part>兼职|part[- ]?tim(?:e|ers?))|全职|专职|full[- ]?tim(?:e|ers?))", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleByTime();

    // What leads into a message without answering anything: "对了", "哦对了", "btw", "by the way", "oh and".
    [GeneratedRegex(@"^(?:(?:哦|噢|啊)?对了|顺便(?:说一下|提一下)?|另外|btw|by\s+the\s+way|oh\s+and|also)$", RegexOptions.IgnoreCase)]
    private static partial Regex ByTheWay();

    // "三个半人", "three and a half people".
    [GeneratedRegex(@"(?<![A-Za-z])" + Number + @"\s*(?:个半人|and\s+a\s+half\s+(?:people|persons?|staff|guys))", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleAndAHalf();

    // "just me and my cousin", "me and my wife", "me plus an intern", "my partner and me": the seller and the others named.
    [GeneratedRegex(@"\b(?:just\s+)?(?:me|myself|i)\s+(?:(?:and|plus|\+|&)\s+(?<other>(?:my|a|an|one)\s+(?:(?:part[- ]?time|full[- ]?time)\s+)?(?:cousin|wife|husband|brother|sister|partner|friend|mum|mom|dad|son|daughter|colleague|intern|assistant|helper|part[- ]?timer|student|freelancer)\b)\s*)+|\b(?<other>my\s+(?:cousin|wife|husband|brother|sister|partner|friend|mum|mom|dad|son|daughter|colleague))\s+and\s+(?:me|i|myself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeAndOthers();

    [GeneratedRegex(@"\bpart[- ]?time\b|兼职", RegexOptions.IgnoreCase)]
    private static partial Regex PartTimeWord();

    [GeneratedRegex(@"\b(?:factory|factories|company|plant|manufacturer|mill)\b|工厂|厂家|公司|(?<![出])厂", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyWord();

    // A headcount in the words a company's size is given in: "~80 staff", "200 workers", "五十个工人", "80名员工".
    [GeneratedRegex(Number + @"\s*(?:\+|多|来|余)?\s*(?:个|名)?\s*(?:staff|employees|workers|工人|员工)", RegexOptions.IgnoreCase)]
    private static partial Regex HeadcountUnit();

    [GeneratedRegex(@"cross[-\s]?border|online|e-?commerce|amazon|marketplace|跨境|电商|运营|线上|网店|外贸|亚马逊|速卖通|独立站", RegexOptions.IgnoreCase)]
    private static partial Regex CrossBorderWork();

    // "just my daughter", "only our intern, part time", "就我女儿", "只有我老婆兼职", "我老公一个人管": one other person alone, the whole team.
    [GeneratedRegex(@"^\s*(?:(?:it'?s\s+)?(?:just|only)\s+(?:my|our|one|a)\s+(?<part>part[- ]?time\s+)?(?:cousin|wife|husband|brother|sister|partner|friend|mum|mom|mother|dad|father|son|daughter|colleague|intern|assistant|helper|part[- ]?timer|student|freelancer|nephew|niece)\b(?!\s*(?:and|&|\+|plus)\s+(?:me|i|myself|my)\b)|(?:就|只有|只)(?:我|我们)?(?:家)?(?:女儿|儿子|老婆|老公|媳妇|爱人|弟弟|哥哥|姐姐|妹妹|表弟|表妹|堂弟|妈妈|爸爸|我妈|我爸|侄子|外甥|助理|实习生)(?:一个(?:人)?)?(?:[，,\s]*(?<part>兼职))?(?![^，,。；;]{0,3}(?:和|跟|加|还有))|(?:我|我们|我家)(?:的)?(?:女儿|儿子|老婆|老公|媳妇|爱人|弟弟|哥哥|姐姐|妹妹|表弟|表妹|堂弟|妈妈|爸爸|侄子|外甥|助理|实习生)一个人(?:在)?(?:管|做|弄|搞|负责|打理|干)(?:[，,\s]*(?<part>兼职))?)", RegexOptions.IgnoreCase)]
    private static partial Regex OneOtherAlone();

    // People counted by a language they speak: "one of us writes decent english", "two staff speak english", "一个会英语的客服".
    // Never starts inside a run of numerals (a start at each made the search quadratic on long runs).
    [GeneratedRegex(@"\b(?:one|two|three|four|(?<!\d)\d+|a\s+few|some)\s+(?:of\s+us|of\s+them|staff|people|guys?|persons?|employees?|colleagues?|(?:sales\s+)?(?:girls?|reps?|assistants?))\s+(?:\w+\s+){0,2}?(?:speaks?|writes?|knows?|reads?)\b|(?<![一二两三四五几\d])[一二两三四五几\d]+\s*(?:个|名|位)[^，,。；;]{0,4}?会(?:说|讲|写)?(?:英语|英文|德语|法语|日语|韩语|西班牙语|外语)", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageSpeakers();

    [GeneratedRegex(@"budget|spend|per month|a month|monthly|/\s*mo(?:nth)?\b|预算|每月|每个月|一个月|月投入|投入|能投", RegexOptions.IgnoreCase)]
    private static partial Regex BudgetWords();
}
