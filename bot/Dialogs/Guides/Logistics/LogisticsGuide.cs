using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Plans;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "Choose logistics": weight, optional dimensions, declared value, destination, urgency, tracking, returns, batteries
/// or liquids — one question at a time, skipping what the first message already said ("ship 2kg of shoes to
/// Germany") — then ranked channels with days, cost and reasons, a landed-cost estimate, DDP/DDU advice and sources,
/// saved as a plan.
/// </summary>
public sealed class LogisticsGuide : TypedSlotGuide<LogisticsAnswers>
{
    private const string StepsId = DialogIds.GuideLogistics + ".steps";
    private const string WeightId = DialogIds.GuideLogistics + ".weight";
    private const string SizeId = DialogIds.GuideLogistics + ".size";
    private const string ValueId = DialogIds.GuideLogistics + ".value";
    private const string DestinationId = DialogIds.GuideLogistics + ".destination";
    private const string UrgencyId = DialogIds.GuideLogistics + ".urgency";
    private const string TrackingId = DialogIds.GuideLogistics + ".tracking";
    private const string ReturnsId = DialogIds.GuideLogistics + ".returns";
    private const string GoodsId = DialogIds.GuideLogistics + ".goods";
    private const string ClosingId = DialogIds.GuideLogistics + ".closing";

    /// <summary>Markets offered as buttons; any other country can be typed.</summary>
    private static readonly string[] CommonDestinations = ["us", "gb", "de", "fr", "jp", "au"];

    private const decimal MaxWeightKg = LogisticsSlotReader.MaxWeightKg;

    private readonly GuideLocationResolver _locations;
    private readonly LogisticsResultBuilder _results;
    private readonly LogisticsSlotReader _slots;
    private readonly LogisticsExplainer _explainer;
    private readonly LogisticsProducts _products;
    private readonly IReadOnlyList<GuideQuestion<LogisticsAnswers>> _questions;

    public LogisticsGuide(
        KnowledgeBase knowledgeBase,
        LogisticsAdvisor advisor,
        CrossBorderRecognizer recognizer,
        PlanStore plans,
        TimeProvider time)
        : base(DialogIds.GuideLogistics, GuideAnswers<LogisticsAnswers>.Plain(() => new LogisticsAnswers()), plans)
    {
        _locations = new GuideLocationResolver(knowledgeBase, recognizer);
        _results = new LogisticsResultBuilder(knowledgeBase, advisor, _locations, time);
        _slots = new LogisticsSlotReader(knowledgeBase, _locations, SlotVocabulary.Default, time);
        _explainer = new LogisticsExplainer(advisor, _locations, _slots.ChannelNames, new LogisticsResultAnswers(knowledgeBase, _locations), time);
        _products = new LogisticsProducts(knowledgeBase);
        _questions = Table();
        AddSteps(StepsId, [StartAsync, .. QuestionSteps(), ResultStepAsync], repeatsSteps: true);
        AddDialog(new WeightPrompt(WeightId, (prompt, _) => Task.FromResult(prompt.Value.Kilograms is > 0 and <= MaxWeightKg)));
        AddDialog(new ParcelSizePrompt(SizeId));
        AddDialog(new MoneyPrompt(ValueId, (prompt, _) => Task.FromResult(prompt.Value.Amount > 0 && knowledgeBase.ExchangeRates.Knows(prompt.Value.Currency))));
        AddDialog(new GuideLocationPrompt(DestinationId, _locations));
        AddDialog(new ChoicePrompt(UrgencyId));
        AddDialog(new ConfirmPrompt(TrackingId));
        AddDialog(new ConfirmPrompt(ReturnsId));
        AddDialog(new ChoicePrompt(GoodsId));
        AddDialog(new GuideFollowUpsDialog(ClosingId, plans));
    }

    protected override IReadOnlyList<GuideQuestion<LogisticsAnswers>> Questions => _questions;

    /// <summary>The questions in the order asked, each skipped when the answers already hold it.</summary>
    private List<GuideQuestion<LogisticsAnswers>> Table() =>
    [
        GuideQuestion<LogisticsAnswers>.Of<WeightQuantity>(LogisticsSlotReader.Weight, WeightId, a => a.WeightKg is not null,
            language => PromptOptions.FromText(LogisticsGuideText.For(language).AskWeight, LogisticsGuideText.For(language).WeightRetry),
            (a, weight) => weight.Kilograms > 0 ? a with { WeightKg = weight.Kilograms } : a),
        GuideQuestion<LogisticsAnswers>.Of<ParcelSizeAnswer>(LogisticsSlotReader.Size, SizeId, a => a.Size is not null,
            language => PromptOptions.FromText(LogisticsGuideText.For(language).AskDimensions, LogisticsGuideText.For(language).DimensionsRetry,
                [new Choice(ParcelSizePrompt.SkipValue, GuideCommonText.For(language).Skip)]),
            (a, size) => ParcelDetails.FilledFrom(a, size) with { Size = size }),
        GuideQuestion<LogisticsAnswers>.Of<MoneyQuantity>(LogisticsSlotReader.Value, ValueId, a => a.ValueAmount is not null,
            language => PromptOptions.FromText(LogisticsGuideText.For(language).AskValue, LogisticsGuideText.For(language).ValueRetry),
            (a, money) => money.Amount > 0 ? a with { ValueAmount = money.Amount, ValueCurrency = money.Currency } : a),
        GuideQuestion<LogisticsAnswers>.Of<string>(LogisticsSlotReader.Destination, DestinationId, a => a.Destination is not null,
            language => PromptOptions.FromText(LogisticsGuideText.For(language).AskDestination, LogisticsGuideText.For(language).DestinationRetry,
                CommonDestinations.Select(code => new Choice(code, _locations.Name(code, language)))),
            (a, destination) => destination.Length > 0 ? a with { Destination = destination } : a),
        GuideQuestion<LogisticsAnswers>.Of<FoundChoice>(LogisticsSlotReader.Urgency, UrgencyId, a => a.Urgency is not null, AskUrgency,
            (a, urgency) => a with { Urgency = EnumWords.Read<ShippingUrgency>(urgency.Value) }),
        GuideQuestion<LogisticsAnswers>.Of<bool?>(LogisticsSlotReader.Tracking, TrackingId, a => a.NeedsTracking is not null,
            language => PromptOptions.FromText(LogisticsGuideText.For(language).AskTracking),
            (a, tracking) => a with { NeedsTracking = tracking }),
        GuideQuestion<LogisticsAnswers>.Of<bool?>(LogisticsSlotReader.Returns, ReturnsId, a => a.NeedsReturns is not null,
            language => PromptOptions.FromText(LogisticsGuideText.For(language).AskReturns),
            (a, returns) => a with { NeedsReturns = returns }),
        GuideQuestion<LogisticsAnswers>.Of<FoundChoice>(LogisticsSlotReader.Goods, GoodsId, a => a.Goods is not null, AskGoods,
            (a, goods) => a with { Goods = EnumWords.Read<ParcelGoods>(goods.Value) }),
    ];

    private static PromptOptions AskUrgency(BotLanguage language)
    {
        var text = LogisticsGuideText.For(language);
        return PromptOptions.FromText(text.AskUrgency, choices:
        [
            new Choice(EnumWords.Word(ShippingUrgency.Economy), text.Economy, ["cheap", "cheapest", "slow", "经济", "便宜", "最便宜"]),
            new Choice(EnumWords.Word(ShippingUrgency.Standard), text.Standard, ["normal", "标准", "普通", "一般"]),
            new Choice(EnumWords.Word(ShippingUrgency.Fast), text.Fast, ["express", "urgent", "quick", "快", "快速", "加急", "快递"]),
        ]);
    }

    private static PromptOptions AskGoods(BotLanguage language)
    {
        var text = LogisticsGuideText.For(language);
        return PromptOptions.FromText(text.AskGoods, choices:
        [
            new Choice(EnumWords.Word(ParcelGoods.None), text.GoodsNone, ["no", "none", "neither", "nothing", "没有", "都没有", "无", "否"]),
            new Choice(EnumWords.Word(ParcelGoods.Batteries), text.GoodsBatteries, ["battery", "batteries", "电池", "带电"]),
            new Choice(EnumWords.Word(ParcelGoods.Liquids), text.GoodsLiquids, ["liquid", "liquids", "液体"]),
            new Choice(EnumWords.Word(ParcelGoods.Both), text.GoodsBoth, ["both", "两者", "都有"]),
        ]);
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language();
        var text = LogisticsGuideText.For(language);
        var start = step.GetOptions<GuideStartOptions>();
        // What the conversation said before this guide (its destination, its product) first, and only what means the same
        // for a parcel (a platform's monthly budget is no parcel's value); the starting message wins.
        var known = (start?.Earlier ?? []).Aggregate(StartingAnswers(start, new LogisticsAnswers()), (answers, message) =>
            _slots.Merge(answers, _slots.Read(message.Text, message.Entities, waitingSlot: null).Read.CarriedFromEarlier(), [], null, language).Merged.WithPlatformsNamed(message.Entities));
        var (read, _) = _slots.Read(start?.Text ?? string.Empty, start?.Entities ?? MessageEntities.None, waitingSlot: null);
        var (answers, _) = _slots.Merge(known, read, [], null, language);
        answers = answers.WithPlatformsNamed(start?.Entities ?? MessageEntities.None);
        var named = _products.Named(start?.Entities ?? MessageEntities.None, start?.Text ?? string.Empty);
        answers = LogisticsProducts.KeepOthers(answers, named);
        Answers.Set(step, answers);

        var understood = new[]
            {
                LogisticsSlotReader.Weight, LogisticsSlotReader.Size, LogisticsSlotReader.Category, LogisticsSlotReader.Value, LogisticsSlotReader.Destination,
                LogisticsSlotReader.Urgency, LogisticsSlotReader.Tracking, LogisticsSlotReader.Returns, LogisticsSlotReader.Goods,
            }
            .Select(slot => _slots.Describe(slot, answers, language))
            .OfType<string>()
            .ToList();
        var intro = understood.Count > 0
            ? string.Format(CultureInfo.InvariantCulture, text.Understood, string.Join(language.IsChinese ? "，" : ", ", understood))
            : text.Intro;
        if (answers.OtherProducts is { Count: > 0 } others)
        {
            // Several products in one request: the first is worked out, the others are said to be kept.
            var slotText = SlotText.For(language);
            var first = _products.Name(named.Count > 0 ? named[0] : new LogisticsProduct(answers.Category, answers.WeightKg), language);
            var all = new[] { first }.Concat(others.Select(product => _products.Name(product, language)));
            intro += "\n\n" + string.Format(CultureInfo.InvariantCulture, slotText.SeveralProducts, string.Join(slotText.ListSeparator, all), first);
        }

        return await IntroduceAsync(step, intro, cancellationToken);
    }

    protected override bool StartsFromSavedAnswers => true;

    protected override IReadOnlyList<string> PlaceNames(LogisticsAnswers answers, BotLanguage language) =>
        answers.Destination is { } destination ? [.. new[] { destination }.Concat(answers.OtherDestinations ?? []).Select(id => _locations.Name(id, language))] : [];

    protected override IReadOnlyList<GuideProduct> Products(LogisticsAnswers answers, BotLanguage language) =>
        answers.Category is { } id ? [new GuideProduct(id, _products.Name(new LogisticsProduct(id, answers.WeightKg), language))] : [];

    protected override GuideOutcome Outcome(LogisticsAnswers answers, BotLanguage language) =>
        _results.Build(answers, language);

    protected override async Task<DialogTurnResult> AfterResultAsync(WaterfallStepContext step, LogisticsAnswers answers, BotLanguage language, CancellationToken cancellationToken)
    {
        if (answers.OtherDestinations is { Count: > 0 } others)
        {
            // Several destinations in one request: each is kept and offered, never dropped silently.
            var names = others.Select(id => _locations.Name(id, language)).ToList();
            await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, SlotText.For(language).AlsoNamed,
                string.Join(SlotText.For(language).ListSeparator, names), names[0]), cancellationToken: cancellationToken);
        }

        if (answers.OtherProducts is { Count: > 0 } products)
        {
            // Several products in one request: each is kept and offered, never dropped silently.
            var slotText = SlotText.For(language);
            var names = products.Select(product => _products.Name(product, language)).ToList();
            await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, slotText.AlsoNamedProduct,
                string.Join(slotText.ListSeparator, names), _products.Word(products[0], language)), cancellationToken: cancellationToken);
        }

        return await step.BeginDialogAsync(ClosingId, new GuideFollowUpsOptions(
            DialogIds.GuideLogistics, [new GuideFollowUp(IntentNames.FixIssue, LogisticsGuideText.English.FollowUp, LogisticsGuideText.Chinese.FollowUp)]), cancellationToken);
    }

    // "what if it weighed half as much?" names the weight by a factor of the one kept: the guide reads it.
    public override int SlotsRead(RecognizedMessage message) =>
        _slots.SlotsRead(message) is var read and > 0 ? read : SlotVocabulary.Default.RelativeAmounts.Factor(message.Text, RelativeAmountReader.Weight) is null ? 0 : 1;

    protected override (LogisticsAnswers Merged, SlotChanges Changes) Take(LogisticsAnswers current, RecognizedMessage message, string? waitingSlot, string? waitingDialogId, BotLanguage language)
    {
        var (read, defaults) = _slots.Read(message.Text, message.Entities, waitingSlot);

        // "要是重量翻倍呢", "what if it weighed half as much?": the weight kept, by the factor said.
        if (read.WeightKg is null && current.WeightKg is { } kept && SlotVocabulary.Default.RelativeAmounts.Factor(message.Text, RelativeAmountReader.Weight) is { } factor
            && kept * factor is > 0 and <= LogisticsSlotReader.MaxWeightKg)
        {
            read = read with { WeightKg = Math.Round(kept * factor, 3) };
        }
        var atResult = IsAtResult(waitingDialogId);
        if (read.Destination is { } asked && AnotherPlaceAskedAbout.Adds(message.Text, waitingSlot, LogisticsSlotReader.Destination, current.Destination is not null))
        {
            var others = AnotherPlaceAskedAbout.Joined(current.OtherDestinations ?? [], [asked, .. read.OtherDestinations ?? []])
                .Where(id => !string.Equals(id, current.Destination, StringComparison.OrdinalIgnoreCase)).ToList();
            read = read with { Destination = current.Destination, OtherDestinations = others, DestinationWords = current.DestinationWords };
        }

        // "is there anything quicker? paying a bit more is fine" after economy: one step faster than the speed chosen;
        // "can we go slower and save on postage?" after express: one step slower.
        if (current.Urgency is { } chosen && _slots.SpeedOnlyWished(message.Text, waitingSlot))
        {
            read = read with { Urgency = SpeedWish.AsksForFaster(message.Text) ? SpeedWish.OneStepFaster(chosen) : SpeedWish.OneStepSlower(chosen) };
        }

        var named = atResult ? [] : _products.Named(message.Entities, message.Text);

        // The category is taken from the first message, from a message naming several products, when the user
        // switches to a product named before ("toys instead"), or when a what-if after the result names another product
        // ("what if it were perfume instead?"): otherwise "有电池" answers the batteries question and must not turn the
        // parcel into the "batteries" product category.
        var productSwitch = atResult && _slots.IsProductSwitch(message, current.Category);
        read = named.Count >= 2
            ? LogisticsProducts.KeepOthers(read, named)
            : read with { Category = LogisticsProducts.IsWaiting(current, read.Category) || productSwitch ? read.Category : null };

        // Another product is another parcel: what it holds is read from its words ("perfume" is a liquid), and a product
        // named plainly holds neither, so the batteries or liquids of the product before do not stay with it.
        if (productSwitch && read.Goods is null)
        {
            read = read with { Goods = ParcelGoods.None };
        }

        var (merged, changes) = _slots.Merge(current, read, defaults, waitingSlot, language);
        merged = merged.WithPlatformsNamed(message.Entities);
        if (named.Count >= 2)
        {
            merged = merged with { OtherProducts = read.OtherProducts };
            var also = string.Format(CultureInfo.InvariantCulture, SlotText.For(language).AlsoProducts,
                string.Join(SlotText.For(language).ListSeparator, named.Skip(1).Select(product => _products.Name(product, language))));
            changes = changes with { Noted = [.. changes.Noted, also], OnlyTheWaitingQuestion = false };
        }
        else if (LogisticsProducts.Switch(current, merged) is var (switched, weightTaken) && !ReferenceEquals(switched, merged))
        {
            merged = switched;
            if (weightTaken is { } kg && current.WeightKg is { } before)
            {
                var weight = LogisticsGuideText.For(language).Weight + (language.IsChinese ? "：" : ": ");
                changes = changes with { Changed = [.. changes.Changed, $"{weight}{LogisticsResultBuilder.Kilograms(before)} → {LogisticsResultBuilder.Kilograms(kg)}"] };
            }
        }

        return (merged, changes);
    }

    protected override bool IsAtResult(string? waitingDialogId) => waitingDialogId == ClosingId + ".choice";

    protected override string? Explain(LogisticsAnswers answers, string question, BotLanguage language) => _explainer.Explain(answers, question, language);

    protected override string? Explain(LogisticsAnswers answers, LogisticsAnswers? before, string question, BotLanguage language) => _explainer.Explain(answers, question, language, before);

    protected override bool KeepsTheResultBefore => true;

    protected override string? RuledOut(LogisticsAnswers answers, string question, BotLanguage language) => _explainer.RuledOut(answers, question, language);

    protected override string? WhyNotBeforeTheResult(LogisticsAnswers answers, string question, BotLanguage language) => _explainer.WhyNotBeforeTheResult(answers, question, language);
}
