using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Plans;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "Choose platforms": business model, target markets, category, monthly budget, experience and own brand — one
/// question at a time, skipping what the first message said ("which platform for selling shoes in Japan") — then the
/// best 3–5 platforms with fit, fees, fulfilment, entry requirements, reasons and sources, saved as a plan. At the
/// end "compare Amazon and Temu" puts any two or three platforms side by side, and "Logistics for this" starts the
/// logistics guide for the first market.
/// </summary>
public sealed partial class PlatformGuide : TypedSlotGuide<PlatformAnswers>
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
    private const int MaxCompared = 3;

    /// <summary>Markets offered as buttons; any other country or region can be typed.</summary>
    private static readonly string[] CommonMarkets = ["us", "europe", "gb", "jp", "southeast-asia", "middle-east", "latin-america", "global"];

    private readonly KnowledgeBase _knowledgeBase;
    private readonly GuideLocationResolver _locations;
    private readonly PlatformResultBuilder _results;
    private readonly PlatformNames _platformNames;
    private readonly PlatformSlotReader _slots;
    private readonly PlatformExplainer _explainer;
    private readonly IReadOnlyList<GuideQuestion<PlatformAnswers>> _questions;

    public PlatformGuide(KnowledgeBase knowledgeBase, PlatformAdvisor advisor, CrossBorderRecognizer recognizer, PlanStore plans, TimeProvider time)
        : base(DialogIds.GuidePlatform, GuideAnswers<PlatformAnswers>.Plain(() => new PlatformAnswers()), plans)
    {
        _knowledgeBase = knowledgeBase;
        _locations = new GuideLocationResolver(knowledgeBase, recognizer);
        _results = new PlatformResultBuilder(knowledgeBase, advisor, _locations, time);
        _platformNames = new PlatformNames(knowledgeBase);
        _slots = new PlatformSlotReader(knowledgeBase, _locations, SlotVocabulary.Default);
        _explainer = new PlatformExplainer(knowledgeBase, advisor, new PlatformResultAnswers(knowledgeBase, _results));
        _questions = Table();
        AddSteps(StepsId, [StartAsync, .. QuestionSteps(), ResultStepAsync], repeatsSteps: true);
        AddDialog(new ChoicePrompt(ModelId));
        AddDialog(new PlatformMarketsPrompt(MarketsId, _locations));
        AddDialog(new PlatformCategoryPrompt(CategoryId, recognizer));
        AddDialog(new GuideAmountPrompt(BudgetUsdId, "USD", ValidBudget));
        AddDialog(new GuideAmountPrompt(BudgetCnyId, "CNY", ValidBudget));
        AddDialog(new ChoicePrompt(ExperienceId));
        AddDialog(new ConfirmPrompt(BrandId));
        AddDialog(new GuideFollowUpsDialog(NextId, plans, CompareTypedAsync));
    }

    protected override IReadOnlyList<GuideQuestion<PlatformAnswers>> Questions => _questions;

    /// <summary>The questions in the order asked, each skipped when the answers already hold it.</summary>
    private List<GuideQuestion<PlatformAnswers>> Table() =>
    [
        GuideQuestion<PlatformAnswers>.Of<FoundChoice>(PlatformSlotReader.Model, ModelId, a => a.Model is not null, AskModel,
            (a, model) => a with { Model = PlatformAnswerWords.ReadModel(model.Value) }),
        GuideQuestion<PlatformAnswers>.Of<List<string>>(PlatformSlotReader.Markets, MarketsId, a => a.Markets is { Count: > 0 },
            language => PromptOptions.FromText(PlatformGuideText.For(language).AskMarkets, PlatformGuideText.For(language).MarketsRetry,
                CommonMarkets.Select(id => new Choice(id, _locations.Name(id, language)))),
            (a, markets) => markets.Count > 0 ? a with { Markets = markets } : a),
        GuideQuestion<PlatformAnswers>.Of<string>(PlatformSlotReader.Category, CategoryId, a => a.Category is not null, AskCategory,
            (a, category) => category.Length > 0 ? a with { Category = category } : a),
        GuideQuestion<PlatformAnswers>.Of<MoneyQuantity>(PlatformSlotReader.Budget, BudgetUsdId, a => a.BudgetAmount is not null,
            language => PromptOptions.FromText(PlatformGuideText.For(language).AskBudget, PlatformGuideText.For(language).BudgetRetry),
            (a, budget) => a with { BudgetAmount = budget.Amount, BudgetCurrency = budget.Currency },
            chinesePromptId: BudgetCnyId),
        GuideQuestion<PlatformAnswers>.Of<FoundChoice>(PlatformSlotReader.Experience, ExperienceId, a => a.Experience is not null, AskExperience,
            (a, experience) => a with { Experience = PlatformAnswerWords.ReadExperience(experience.Value) }),
        GuideQuestion<PlatformAnswers>.Of<bool?>(PlatformSlotReader.Brand, BrandId, a => a.OwnBrand is not null,
            language => PromptOptions.FromText(PlatformGuideText.For(language).AskBrand),
            (a, brand) => a.OwnBrand is null ? a with { OwnBrand = brand } : a),
    ];

    private static PromptOptions AskModel(BotLanguage language)
    {
        var text = PlatformGuideText.For(language);
        return PromptOptions.FromText(text.AskModel, choices:
        [
            new Choice(PlatformAnswerWords.Word(BusinessModel.B2B), text.ModelB2B, ["b2b", "business", "businesses", "wholesale", "批发", "企业"]),
            new Choice(PlatformAnswerWords.Word(BusinessModel.B2C), text.ModelB2C, ["b2c", "consumers", "retail", "零售", "消费者", "个人"]),
            new Choice(PlatformAnswerWords.Word(BusinessModel.O2O), text.ModelO2O, ["o2o", "offline", "线下", "门店"]),
        ]);
    }

    private PromptOptions AskCategory(BotLanguage language)
    {
        var text = PlatformGuideText.For(language);
        List<Choice> choices =
        [
            .. _knowledgeBase.Categories.Select(c => new Choice(c.Id, c.Name.Get(language), [c.Name.En, c.Name.ZhCn, .. c.Keywords?.En ?? [], .. c.Keywords?.ZhCn ?? []])),
            new(PlatformCategoryPrompt.AnyValue, text.AnyCategory, ["any", "all", "many", "not sure", "various", "不确定", "多个", "都有", "各种"]),
        ];
        return PromptOptions.FromText(text.AskCategory, text.CategoryRetry, choices);
    }

    private static PromptOptions AskExperience(BotLanguage language)
    {
        var text = PlatformGuideText.For(language);
        return PromptOptions.FromText(text.AskExperience, choices:
        [
            new Choice(PlatformAnswerWords.Word(SellerExperience.None), text.Label(SellerExperience.None), ["none", "no", "beginner", "new", "没有", "无", "新手", "零"]),
            new Choice(PlatformAnswerWords.Word(SellerExperience.Some), text.Label(SellerExperience.Some), ["some", "a little", "a bit", "一些", "一点", "有一点"]),
            new Choice(PlatformAnswerWords.Word(SellerExperience.Experienced), text.Label(SellerExperience.Experienced), ["experienced", "a lot", "expert", "丰富", "很多", "有经验"]),
        ]);
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language();
        var text = PlatformGuideText.For(language);
        var start = step.GetOptions<GuideStartOptions>();
        var (answers, assumed) = Prefill(start, language);
        Answers.Set(step, answers);

        // "compare Amazon and Temu" as the first message: the comparison first, then the questions that rank them.
        if (_platformNames.Find(start?.Text) is { Count: >= 2 } named)
        {
            await step.Context.SendReplyAsync(_results.Compare([.. named.Take(MaxCompared)], null, language), cancellationToken);
        }

        var understood = _slots.Known(answers, language).Except(assumed).ToList();
        var intro = understood.Count == 0
            ? text.Intro
            : text.Intro + "\n\n" + string.Format(CultureInfo.InvariantCulture, text.Understood, string.Join(text.ListSeparator, understood));
        if (assumed.Count > 0)
        {
            var slotText = SlotText.For(language);
            intro += "\n\n" + string.Format(CultureInfo.InvariantCulture, slotText.Assumed, string.Join(slotText.ListSeparator, assumed));
        }

        return await IntroduceAsync(step, intro, cancellationToken);
    }

    protected override IReadOnlyList<string> PlaceNames(PlatformAnswers answers, BotLanguage language) =>
        [.. (answers.Markets ?? []).Select(market => _locations.Name(market, language))];

    protected override IReadOnlyList<GuideProduct> Products(PlatformAnswers answers, BotLanguage language) =>
        [.. new[] { answers.Category }.Concat(answers.OtherCategories ?? []).OfType<string>()
            .Where(id => id != PlatformCategoryPrompt.AnyValue).Select(id => new GuideProduct(id, _slots.CategoryName(id, language)))];

    protected override GuideOutcome Outcome(PlatformAnswers answers, BotLanguage language) =>
        _results.Build(answers, language);

    protected override async Task<DialogTurnResult> AfterResultAsync(WaterfallStepContext step, PlatformAnswers answers, BotLanguage language, CancellationToken cancellationToken)
    {
        if (answers.OtherCategories is { Count: > 0 } others)
        {
            // Several products in one request: the result is for the first, the others are kept and offered.
            var slotText = SlotText.For(language);
            var names = others.Select(id => _slots.CategoryName(id, language)).ToList();
            await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, slotText.AlsoNamedProduct, string.Join(slotText.ListSeparator, names), names[0]), cancellationToken: cancellationToken);
        }

        if (answers.OtherModel is { } otherModel)
        {
            // Sells to both: the result is for the first model, the other is offered the same way as another product.
            var slotText = SlotText.For(language);
            var word = PlatformAnswerWords.Word(otherModel);
            await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, slotText.AlsoNamedProduct, word, word), cancellationToken: cancellationToken);
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

        var language = step.Language();
        if (named.Count < 2)
        {
            await step.Context.SendActivityAsync(PlatformGuideText.For(language).CompareNeedsTwo, cancellationToken: cancellationToken);
            return true;
        }

        var answers = step.GetOptions<GuideFollowUpsOptions>()?.Data?.ToObject<PlatformAnswers>();
        await step.Context.SendReplyAsync(_results.Compare([.. named.Take(MaxCompared)], answers, language), cancellationToken);
        return true;
    }

    /// <summary>
    /// What the conversation said before this guide (its destination, its product), then what the first message gives,
    /// merged as any later message is (an amount without a currency gets one, said as assumed); the first message wins.
    /// </summary>
    private (PlatformAnswers Answers, IReadOnlyList<string> Assumed) Prefill(GuideStartOptions? start, BotLanguage language)
    {
        var known = (start?.Earlier ?? []).Aggregate(StartingAnswers(start, new PlatformAnswers()), (answers, message) =>
            _slots.Merge(answers, _slots.Read(message.Text, message.Entities, waitingSlot: null).Read, [], null, language).Merged);
        var (read, defaults) = _slots.Read(start?.Text ?? string.Empty, start?.Entities ?? MessageEntities.None, waitingSlot: null);
        var (answers, changes) = _slots.Merge(known, read, defaults, waitingSlot: null, language);
        return (answers, changes.Defaults);
    }

    protected override bool StartsFromSavedAnswers => true;

    // "what if we double the budget?" names the budget by a factor of the one kept, "oops, that was in euros" the currency
    // it was meant in: the guide reads both.
    public override int SlotsRead(RecognizedMessage message) =>
        _slots.SlotsRead(message) is var read and > 0 ? read
        : SlotVocabulary.Default.RelativeAmounts.Factor(message.Text, RelativeAmountReader.Budget) is not null || CurrencyMeant(message.Text) is not null ? 1 : 0;

    /// <summary>
    /// "the rest I can't say yet, just give me your pick", "后面的我说不上来，先按现有的给我推荐" while a question waits: the
    /// questions still open take their defaults, said as assumed, and the result follows from the answers given, instead
    /// of "didn't understand". Any answer told later is a what-if on that result.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (TurnUnderstanding.Of(dc.Context) is { Purpose: MessagePurpose.Answer or MessagePurpose.Unclear } understanding
            && ResultNowCues.AsksForTheResultNow(understanding.Message.Text)
            && WaitingDialogId(dc) is { } waiting && !IsAtResult(waiting) && OwnValues(dc) is { } values)
        {
            var language = TurnLanguage.Of(dc.Context);
            var (read, defaults) = _slots.OpenQuestionsAsDefaults(Answers.Of(values));
            var (merged, changes) = _slots.Merge(Answers.Of(values), read, defaults, waitingSlot: null, language);
            Answers.Set(values, merged);
            if (changes.Defaults.Count > 0)
            {
                var said = SlotText.For(language);
                await dc.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, said.Assumed, NotedList.Join(changes.Defaults, said.ListSeparator)), cancellationToken: cancellationToken);
            }

            return await RepeatOwnStepAsync(dc, cancellationToken);
        }

        return await base.ContinueDialogAsync(dc, cancellationToken);
    }

    protected override (PlatformAnswers Merged, SlotChanges Changes) Take(PlatformAnswers current, RecognizedMessage message, string? waitingSlot, string? waitingDialogId, BotLanguage language)
    {
        var (read, defaults) = _slots.Read(message.Text, message.Entities, waitingSlot);

        // "等下，预算改成一万二", "make the budget 1500 instead" while another question waits: a figure with no currency
        // that replaces a budget the user gave and saw said back keeps that budget's currency, and is said as changed.
        if (waitingSlot != PlatformSlotReader.Budget && defaults.Contains(PlatformSlotReader.Budget) && read.BudgetAmount is not null
            && read.BudgetCurrency is null && current.BudgetAmount is not null && current.BudgetCurrency is { } inUse)
        {
            read = read with { BudgetCurrency = inUse };
            defaults.Remove(PlatformSlotReader.Budget);
        }

        // "what if we double the budget?", "预算减半呢": the budget kept, by the factor said, in its currency.
        if (read.BudgetAmount is null && current.BudgetAmount is { } kept && SlotVocabulary.Default.RelativeAmounts.Factor(message.Text, RelativeAmountReader.Budget) is { } factor)
        {
            read = read with { BudgetAmount = kept * factor, BudgetCurrency = current.BudgetCurrency };
        }

        // "oops, that was in euros, not dollars", "说错了，是英镑不是美元": the budget kept, in the currency meant.
        if (read.BudgetAmount is null && current.BudgetAmount is { } given && CurrencyMeant(message.Text) is { } meant
            && meant != current.BudgetCurrency && _knowledgeBase.ExchangeRates.Knows(meant))
        {
            read = read with { BudgetAmount = given, BudgetCurrency = meant };
        }

        // A market asked about before the result ("what about austria?"), or at the result whether it holds there too ("does
        // this also work for canada?"), is added to the markets kept; so is one said with a word of adding at any question
        // but the markets' own ("what if i add korea too", "再加上韩国呢"): an addition, never a change.
        if (read.Markets is { Count: > 0 } asked && current.Markets is { Count: > 0 }
            && (AnotherPlaceAskedAbout.Adds(message.Text, waitingSlot, PlatformSlotReader.Markets, placeKept: true)
                || ((IsAtResult(waitingDialogId) || (waitingSlot is not null && waitingSlot != PlatformSlotReader.Markets)) && AnotherPlaceAskedAbout.AlsoAsked(message.Text))))
        {
            read = read with { Markets = AnotherPlaceAskedAbout.Joined(current.Markets!, asked), MarketWords = current.MarketWords };
        }

        return _slots.Merge(current, read, defaults, waitingSlot, language);
    }

    protected override bool IsAtResult(string? waitingDialogId) => waitingDialogId == NextId + ".choice";

    private static string? CurrencyMeant(string text) =>
        SlotVocabulary.Default.RelativeAmounts.CurrencyMeant(text, SlotVocabulary.Default.OpensWithACorrection);

    protected override string? Explain(PlatformAnswers answers, string question, BotLanguage language) => _explainer.Explain(answers, question, language);

    protected override string? FirstOption(PlatformAnswers answers, BotLanguage language) => _explainer.TopPlatform(answers)?.Name.Get(language);

    private Task<bool> ValidBudget(PromptValidatorContext<MoneyQuantity> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Value.Amount >= 0 && _knowledgeBase.ExchangeRates.Knows(prompt.Value.Currency));

    [GeneratedRegex(@"(?:\bcompare\b|\bvs\.?\b|\bversus\b|对比|比较)", RegexOptions.IgnoreCase)]
    private static partial Regex CompareWord();
}
