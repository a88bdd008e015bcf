using CrossBorderBot.Language;
using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Plans;
using CrossBorderBot.Replies;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "Choose platforms": business model, target markets, category, monthly budget, experience and own brand — one
/// question at a time, skipping what the first message said ("which platform for selling shoes in Japan") — then the
/// best 3–5 platforms with fit, fees, fulfilment, entry requirements, reasons and sources, saved as a plan. At the
/// end "compare Amazon and Temu" puts any two or three platforms side by side, and "Logistics for this" starts the
/// logistics guide for the first market.
/// </summary>
public sealed partial class PlatformGuide : SlotFillingGuide
{
    private const string StepsId = DialogIds.GuidePlatform + ".steps";
    private const string ModelId = DialogIds.GuidePlatform + ".model";
    private const string MarketsId = DialogIds.GuidePlatform + ".markets";
    private const string CategoryId = DialogIds.GuidePlatform + ".category";
    private const string BudgetUsdId = DialogIds.GuidePlatform + ".budget-usd";
    private const string BudgetCnyId = DialogIds.GuidePlatform + ".budget-cny";
    private const string ExperienceId = DialogIds.GuidePlatform + ".experience";
    private const string BrandId = DialogIds.GuidePlatform + ".brand";
    private const string NextId = DialogIds.GuidePlatform + ".next";
    private const string AnswersKey = "answers";
    private const int MaxCompared = 3;

    /// <summary>Markets offered as buttons; any other country or region can be typed.</summary>
    private static readonly string[] CommonMarkets = ["us", "europe", "gb", "jp", "southeast-asia", "middle-east", "latin-america", "global"];

    private readonly KnowledgeBase _knowledgeBase;
    private readonly GuideLocationResolver _locations;
    private readonly PlatformResultBuilder _results;
    private readonly PlatformNames _platformNames;
    private readonly PlanStore _plans;
    private readonly PlatformSlotReader _slots;
    private readonly PlatformExplainer _explainer;

    public PlatformGuide(KnowledgeBase knowledgeBase, PlatformAdvisor advisor, CrossBorderRecognizer recognizer, PlanStore plans, TimeProvider time)
        : base(DialogIds.GuidePlatform)
    {
        _knowledgeBase = knowledgeBase;
        _locations = new GuideLocationResolver(knowledgeBase, recognizer);
        _results = new PlatformResultBuilder(knowledgeBase, advisor, _locations, time);
        _platformNames = new PlatformNames(knowledgeBase);
        _plans = plans;
        _slots = new PlatformSlotReader(knowledgeBase, _locations, SlotVocabulary.Default);
        _explainer = new PlatformExplainer(knowledgeBase, advisor);
        AddDialog(new WaterfallDialog(StepsId,
            [StartAsync, AskModelAsync, AskMarketsAsync, AskCategoryAsync, AskBudgetAsync, AskExperienceAsync, AskBrandAsync, ShowResultAsync]) { RepeatsSteps = true });
        AddDialog(new ChoicePrompt(ModelId));
        AddDialog(new PlatformMarketsPrompt(MarketsId, _locations));
        AddDialog(new PlatformCategoryPrompt(CategoryId, recognizer));
        AddDialog(new GuideAmountPrompt(BudgetUsdId, "USD", ValidBudget));
        AddDialog(new GuideAmountPrompt(BudgetCnyId, "CNY", ValidBudget));
        AddDialog(new ChoicePrompt(ExperienceId));
        AddDialog(new ConfirmPrompt(BrandId));
        AddDialog(new GuideFollowUpsDialog(NextId, plans, CompareTypedAsync));
        InitialDialogId = StepsId;
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = Language(step);
        var text = PlatformGuideText.For(language);
        var start = step.GetOptions<GuideStartOptions>();
        var answers = Prefill(start?.Text, start?.Entities);
        step.Values.Set(AnswersKey, answers);

        // "compare Amazon and Temu" as the first message: the comparison first, then the questions that rank them.
        if (_platformNames.Find(start?.Text) is { Count: >= 2 } named)
        {
            await step.Context.SendReplyAsync(_results.Compare([.. named.Take(MaxCompared)], null, language), cancellationToken);
        }

        var understood = _slots.Known(answers, language).ToList();
        var intro = understood.Count == 0
            ? text.Intro
            : text.Intro + "\n\n" + string.Format(CultureInfo.InvariantCulture, text.Understood, string.Join(text.ListSeparator, understood));
        await step.Context.SendActivityAsync(intro, cancellationToken: cancellationToken);
        return await step.NextAsync(cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> AskModelAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answers(step).Model is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = PlatformGuideText.For(Language(step));
        return await step.PromptAsync(ModelId, PromptOptions.FromText(text.AskModel, choices:
        [
            new Choice(nameof(BusinessModel.B2B), text.ModelB2B, ["b2b", "business", "businesses", "wholesale", "批发", "企业"]),
            new Choice(nameof(BusinessModel.B2C), text.ModelB2C, ["b2c", "consumers", "retail", "零售", "消费者", "个人"]),
            new Choice(nameof(BusinessModel.O2O), text.ModelO2O, ["o2o", "offline", "线下", "门店"]),
        ]), cancellationToken);
    }

    private async Task<DialogTurnResult> AskMarketsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>() is { } model)
        {
            Update(step, answers => answers with { Model = model.Value });
        }

        if (Answers(step).Markets is { Count: > 0 })
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var language = Language(step);
        var text = PlatformGuideText.For(language);
        var choices = CommonMarkets.Select(id => new Choice(id, _locations.Name(id, language))).ToList();
        return await step.PromptAsync(MarketsId, PromptOptions.FromText(text.AskMarkets, text.MarketsRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> AskCategoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<List<string>>() is { Count: > 0 } markets)
        {
            Update(step, answers => answers with { Markets = markets });
        }

        if (Answers(step).Category is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var language = Language(step);
        var text = PlatformGuideText.For(language);
        List<Choice> choices =
        [
            .. _knowledgeBase.Categories.Select(c => new Choice(c.Id, c.Name.Get(language), [c.Name.En, c.Name.ZhCn, .. c.Keywords?.En ?? [], .. c.Keywords?.ZhCn ?? []])),
            new(PlatformCategoryPrompt.AnyValue, text.AnyCategory, ["any", "all", "many", "not sure", "various", "不确定", "多个", "都有", "各种"]),
        ];
        return await step.PromptAsync(CategoryId, PromptOptions.FromText(text.AskCategory, text.CategoryRetry, choices), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskBudgetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<string>() is { Length: > 0 } category)
        {
            Update(step, answers => answers with { Category = category });
        }

        if (Answers(step).BudgetAmount is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var language = Language(step);
        var text = PlatformGuideText.For(language);
        return await step.PromptAsync(ReplyLanguage.IsChinese(language) ? BudgetCnyId : BudgetUsdId, PromptOptions.FromText(text.AskBudget, text.BudgetRetry), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskExperienceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<MoneyQuantity>() is { } budget)
        {
            Update(step, answers => answers with { BudgetAmount = budget.Amount, BudgetCurrency = budget.Currency });
        }

        if (Answers(step).Experience is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = PlatformGuideText.For(Language(step));
        return await step.PromptAsync(ExperienceId, PromptOptions.FromText(text.AskExperience, choices:
        [
            new Choice("none", text.ExperienceNone, ["none", "no", "beginner", "new", "没有", "无", "新手", "零"]),
            new Choice("some", text.ExperienceSome, ["some", "a little", "a bit", "一些", "一点", "有一点"]),
            new Choice("experienced", text.ExperienceExperienced, ["experienced", "a lot", "expert", "丰富", "很多", "有经验"]),
        ]), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskBrandAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>() is { } experience)
        {
            Update(step, answers => answers with { Experience = experience.Value });
        }

        if (Answers(step).OwnBrand is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = PlatformGuideText.For(Language(step));
        return await step.PromptAsync(BrandId, PromptOptions.FromText(text.AskBrand), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowResultAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not null && Answers(step).OwnBrand is null)
        {
            var brand = step.GetResult<bool>();
            Update(step, answers => answers with { OwnBrand = brand });
        }

        var language = Language(step);
        var answers = Answers(step);
        var outcome = _results.Build(answers, language);
        await step.Context.SendReplyAsync(outcome.Reply, cancellationToken);
        await CrossBorderBot.Charts.ResultAddOns.SendAsync(step.Context, [outcome.Reply], null, cancellationToken);
        await _plans.SaveAsync(step.Context, outcome.Plan, cancellationToken);
        if (answers.OtherCategories is { Count: > 0 } others)
        {
            // Several products in one request: the result is for the first, the others are kept and offered.
            var slotText = SlotText.For(language);
            var names = others.Select(id => _slots.CategoryName(id, language)).ToList();
            await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, slotText.AlsoNamedProduct, string.Join(slotText.ListSeparator, names), names[0]), cancellationToken: cancellationToken);
        }

        var first = answers.Markets?.FirstOrDefault();
        var logistics = new MessageEntities
        {
            Countries = first is not null && _knowledgeBase.FindCountry(first) is not null ? [new CountryEntity(first, first)] : [],
            Regions = first is not null && _knowledgeBase.FindCountry(first) is null ? [new RegionEntity(first, first)] : [],
            Categories = answers.Category is { } category && _knowledgeBase.FindCategory(category) is not null ? [new CategoryEntity(category, category)] : [],
        };

        var (en, zh) = (PlatformGuideText.English, PlatformGuideText.Chinese);
        return await step.BeginDialogAsync(NextId, new GuideFollowUpsOptions(
            DialogIds.GuidePlatform,
            [
                new GuideFollowUp(IntentNames.ChooseLogistics, en.FollowUpLogistics, zh.FollowUpLogistics, logistics),
                new GuideFollowUp(IntentNames.StartReadiness, en.FollowUpReadiness, zh.FollowUpReadiness),
            ],
            en.CompareHint,
            zh.CompareHint,
            JObject.FromObject(answers)), cancellationToken);
    }

    /// <summary>"compare Amazon and Temu" at the end: the named platforms side by side, with their fit for these answers.</summary>
    private async Task<bool> CompareTypedAsync(WaterfallStepContext step, string typed, CancellationToken cancellationToken)
    {
        var named = _platformNames.Find(typed);
        if (named.Count == 0 && !CompareWord().IsMatch(typed))
        {
            return false;
        }

        var language = Language(step);
        if (named.Count < 2)
        {
            await step.Context.SendActivityAsync(PlatformGuideText.For(language).CompareNeedsTwo, cancellationToken: cancellationToken);
            return true;
        }

        var answers = step.GetOptions<GuideFollowUpsOptions>()?.Data?.ToObject<PlatformAnswers>();
        await step.Context.SendReplyAsync(_results.Compare([.. named.Take(MaxCompared)], answers, language), cancellationToken);
        return true;
    }

    private PlatformAnswers Prefill(string? text, MessageEntities? entities)
    {
        var (read, _) = _slots.Read(text ?? string.Empty, entities ?? MessageEntities.None, waitingSlot: null);
        return read;
    }

    public override int SlotsRead(RecognizedMessage message) => _slots.SlotsRead(message);

    protected override SlotChanges Absorb(DialogValues values, RecognizedMessage message, string? waitingDialogId, string language)
    {
        var waitingSlot = waitingDialogId switch
        {
            ModelId => PlatformSlotReader.Model,
            MarketsId => PlatformSlotReader.Markets,
            CategoryId => PlatformSlotReader.Category,
            BudgetUsdId or BudgetCnyId => PlatformSlotReader.Budget,
            ExperienceId => PlatformSlotReader.Experience,
            BrandId => PlatformSlotReader.Brand,
            _ => null,
        };
        var (read, defaults) = _slots.Read(message.Text, message.Entities, waitingSlot);
        var (merged, changes) = _slots.Merge(values.Get<PlatformAnswers>(AnswersKey) ?? new PlatformAnswers(), read, defaults, waitingSlot, language);
        if (!changes.IsEmpty)
        {
            values.Set(AnswersKey, merged);
        }

        return changes;
    }

    protected override bool IsAtResult(string? waitingDialogId) => waitingDialogId == NextId + ".choice";

    protected override async Task<bool> ExplainResultAsync(ITurnContext turnContext, DialogValues values, string question, string language, CancellationToken cancellationToken)
    {
        if (values.Get<PlatformAnswers>(AnswersKey) is not { } answers || _explainer.Explain(answers, question, language) is not { } explanation)
        {
            return false;
        }

        await turnContext.SendActivityAsync(explanation, cancellationToken: cancellationToken);
        return true;
    }

    private Task<bool> ValidBudget(PromptValidatorContext<MoneyQuantity> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Value.Amount >= 0 && _knowledgeBase.ExchangeRates.Knows(prompt.Value.Currency));

    private static string Language(WaterfallStepContext step) => ReplyLanguage.FromLocale(step.Context.Activity.Locale);

    private static PlatformAnswers Answers(WaterfallStepContext step) => step.Values.Get<PlatformAnswers>(AnswersKey) ?? new PlatformAnswers();

    private static void Update(WaterfallStepContext step, Func<PlatformAnswers, PlatformAnswers> change) =>
        step.Values.Set(AnswersKey, change(Answers(step)));

    [GeneratedRegex(@"(?:\bcompare\b|\bvs\.?\b|\bversus\b|对比|比较)", RegexOptions.IgnoreCase)]
    private static partial Regex CompareWord();
}
