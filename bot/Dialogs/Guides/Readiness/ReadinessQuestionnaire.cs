using CrossBorderBot.Dialogs.Prompts;
using Newtonsoft.Json.Linq;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The readiness model's questions as the guide asks them: buttons for choice and yes/no questions, numbers for the
/// rest, all of them as one form where the channel has forms, and what a first message already answers.
/// </summary>
public sealed partial class ReadinessQuestionnaire(KnowledgeBase knowledgeBase)
{
    /// <summary>The model words this question in CNY per month; amounts in other currencies are converted.</summary>
    public const string BudgetQuestionId = "capital-monthly-budget";

    public const string BudgetCurrency = "CNY";

    private const string CertificationsQuestionId = "compliance-certifications";
    private const string ExperienceQuestionId = "digital-ecommerce-experience";

    private static readonly string[] YesWords = ["yes", "y", "yeah", "yep", "sure", "是", "是的", "有", "能", "可以", "对"];
    private static readonly string[] NoWords = ["no", "n", "nope", "否", "不", "不是", "没有", "不能", "没"];

    public KnowledgeBase KnowledgeBase => knowledgeBase;

    public IReadOnlyList<ReadinessQuestion> Questions => knowledgeBase.Readiness.Questions;

    public IReadOnlyList<ReadinessDimension> Dimensions => knowledgeBase.Readiness.Dimensions;

    public static bool IsBudget(ReadinessQuestion question) => question.Id == BudgetQuestionId;

    public string DimensionName(ReadinessQuestion question, BotLanguage language) =>
        Dimensions.FirstOrDefault(d => d.Id == question.Dimension)?.Name.Get(language) ?? question.Dimension;

    public static List<Choice> Choices(ReadinessQuestion question, BotLanguage language) =>
        [.. question.Answers.Select(answer => new Choice(answer.Id, answer.Label.Get(language), Synonyms(question, answer.Id)))];

    /// <summary>Every question as a form field, with the answers already known filled in.</summary>
    public IReadOnlyList<FormField> FormFields(ReadinessAnswers known, BotLanguage language)
    {
        var fields = new List<FormField>();
        for (var index = 0; index < Questions.Count; index++)
        {
            var question = Questions[index];
            var label = $"{index + 1}. {DimensionName(question, language)}: {question.Text.Get(language)}";
            var value = known.Of(question.Id);
            fields.Add(question.Type == QuestionType.Number
                ? FormField.Number(question.Id, label, value: value)
                : FormField.Choice(question.Id, label, [.. question.Answers.Select(a => new ReplyChoice(a.Id, a.Label.Get(language)))], value: value));
        }

        return fields;
    }

    /// <summary>The usable answers in a form submit; empty, unknown or negative values are left out (asked again later).</summary>
    public ReadinessAnswers ParseForm(JObject data)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in Questions)
        {
            var raw = data[question.Id] is JValue { Value: not null } value ? Convert.ToString(value.Value, CultureInfo.InvariantCulture)?.Trim() : null;
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            if (question.Type == QuestionType.Number)
            {
                if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= 0)
                {
                    answers[question.Id] = Invariant(number);
                }
            }
            else if (question.Answers.FirstOrDefault(a => string.Equals(a.Id, raw, StringComparison.OrdinalIgnoreCase)) is { } answer)
            {
                answers[question.Id] = answer.Id;
            }
        }

        return new ReadinessAnswers(answers);
    }

    /// <summary>An answer as the user reads it: the choice's label, or the number (with its currency for the budget).</summary>
    public string AnswerLabel(ReadinessQuestion question, string answer, BotLanguage language)
    {
        if (question.Type != QuestionType.Number)
        {
            return question.Answers.FirstOrDefault(a => a.Id == answer)?.Label.Get(language) ?? answer;
        }

        var number = decimal.Parse(answer, NumberStyles.Number, CultureInfo.InvariantCulture);
        var shown = number.ToString("#,##0.##", CultureInfo.InvariantCulture);
        // "Supply chain — 20 days", "团队与语言 — 2 人": a bare number would not say what it counts.
        return IsBudget(question) ? $"{shown} {BudgetCurrency}"
            : question.Unit is { } unit ? $"{shown} {unit.Get(language)}"
            : shown;
    }

    /// <summary>A budget in any known currency, as the invariant CNY number the model scores; null when unknown.</summary>
    public string? BudgetAnswer(decimal amount, string currency) =>
        amount >= 0 && knowledgeBase.ExchangeRates.Convert(amount, currency, BudgetCurrency) is { } cny ? Invariant(Math.Round(cny, 0)) : null;

    /// <summary>
    /// What a first message already answers, kept deliberately small: certificates held, online selling experience,
    /// and a monthly budget ("readiness check, we have CE certificates and sell on Amazon").
    /// </summary>
    public ReadinessAnswers Prefill(string? text, MessageEntities? entities)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadinessAnswers.None;
        }

        if (HasQuestion(CertificationsQuestionId) && HaveCertificates().IsMatch(text))
        {
            answers[CertificationsQuestionId] = "all";
        }

        if (HasQuestion(ExperienceQuestionId))
        {
            if (NoOnlineExperience().IsMatch(text))
            {
                answers[ExperienceQuestionId] = "none";
            }
            else if (SellCrossBorder().IsMatch(text))
            {
                answers[ExperienceQuestionId] = "cross-border";
            }
        }

        if (HasQuestion(BudgetQuestionId) && GuideEntities.Money(entities) is { } money && BudgetAnswer(money.Amount, money.Currency) is { } budget)
        {
            answers[BudgetQuestionId] = budget;
        }

        return new ReadinessAnswers(answers);
    }

    public static string Invariant(decimal number) => number.ToString("0.##", CultureInfo.InvariantCulture);

    private bool HasQuestion(string id) => Questions.Any(q => q.Id == id);

    private static List<string> Synonyms(ReadinessQuestion question, string answerId) =>
        question.Type != QuestionType.YesNo ? [] : answerId switch
        {
            "yes" => [.. YesWords],
            "no" => [.. NoWords],
            _ => [],
        };

    // Both gaps are bounded (200 characters, or the next 有), so a text full of "we have" or 有 is searched in one pass, not one per start.
    [GeneratedRegex(@"(?:\b(?:we|i)\s+(?:have|hold|got|already have)\b[^.?!]{0,200}\b(?:certificat|certified)|有[^。？！有]*(?:认证|证书))", RegexOptions.IgnoreCase)]
    private static partial Regex HaveCertificates();

    [GeneratedRegex(@"(?:\bnever\s+sold\s+online\b|\bno\s+(?:online|e-?commerce)\s+experience\b|没有(?:任何)?(?:电商|线上销售|网店)经验|从没(?:有)?在网上卖)", RegexOptions.IgnoreCase)]
    private static partial Regex NoOnlineExperience();

    [GeneratedRegex(@"(?:\b(?:already\s+)?sell(?:ing)?\s+on\s+(?:amazon|ebay|aliexpress|temu|shopee|lazada|walmart|etsy|tiktok)|已经在(?:亚马逊|速卖通|eBay|Temu|Shopee|虾皮|跨境平台)(?:上)?(?:销售|卖))", RegexOptions.IgnoreCase)]
    private static partial Regex SellCrossBorder();
}
