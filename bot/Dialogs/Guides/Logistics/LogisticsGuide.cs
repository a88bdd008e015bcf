using CrossBorderBot.Language;
using System.Globalization;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Plans;
using CrossBorderBot.Replies;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "Choose logistics": weight, optional dimensions, declared value, destination, urgency, tracking, returns, batteries
/// or liquids — one question at a time, skipping what the first message already said ("ship 2kg of shoes to
/// Germany") — then ranked channels with days, cost and reasons, a landed-cost estimate, DDP/DDU advice and sources,
/// saved as a plan.
/// </summary>
public sealed class LogisticsGuide : SlotFillingGuide
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
    private const string AnswersKey = "answers";

    /// <summary>Markets offered as buttons; any other country can be typed.</summary>
    private static readonly string[] CommonDestinations = ["us", "gb", "de", "fr", "jp", "au"];

    private const decimal MaxWeightKg = LogisticsSlotReader.MaxWeightKg;

    private readonly GuideLocationResolver _locations;
    private readonly LogisticsResultBuilder _results;
    private readonly PlanStore _plans;
    private readonly LogisticsSlotReader _slots;
    private readonly LogisticsExplainer _explainer;
    private readonly LogisticsProducts _products;

    public LogisticsGuide(
        KnowledgeBase knowledgeBase,
        LogisticsAdvisor advisor,
        LandedCostCalculator landedCost,
        CrossBorderRecognizer recognizer,
        PlanStore plans,
        TimeProvider time)
        : base(DialogIds.GuideLogistics)
    {
        _locations = new GuideLocationResolver(knowledgeBase, recognizer);
        _results = new LogisticsResultBuilder(knowledgeBase, advisor, landedCost, _locations, time);
        _plans = plans;
        _slots = new LogisticsSlotReader(knowledgeBase, _locations, SlotVocabulary.Default);
        _explainer = new LogisticsExplainer(advisor, _locations);
        _products = new LogisticsProducts(knowledgeBase);
        AddDialog(new WaterfallDialog(StepsId,
        [
            StartAsync, AskWeightAsync, AskSizeAsync, AskValueAsync, AskDestinationAsync, AskUrgencyAsync,
            AskTrackingAsync, AskReturnsAsync, AskGoodsAsync, ShowResultAsync,
        ]) { RepeatsSteps = true });
        AddDialog(new WeightPrompt(WeightId, (prompt, _) => Task.FromResult(prompt.Value.Kilograms is > 0 and <= MaxWeightKg)));
        AddDialog(new ParcelSizePrompt(SizeId));
        AddDialog(new MoneyPrompt(ValueId, (prompt, _) => Task.FromResult(prompt.Value.Amount > 0 && knowledgeBase.ExchangeRates.Knows(prompt.Value.Currency))));
        AddDialog(new GuideLocationPrompt(DestinationId, _locations));
        AddDialog(new ChoicePrompt(UrgencyId));
        AddDialog(new ConfirmPrompt(TrackingId));
        AddDialog(new ConfirmPrompt(ReturnsId));
        AddDialog(new ChoicePrompt(GoodsId));
        AddDialog(new GuideFollowUpsDialog(ClosingId, plans));
        InitialDialogId = StepsId;
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = Language(step);
        var text = LogisticsGuideText.For(language);
        var start = step.GetOptions<GuideStartOptions>();
        var (read, _) = _slots.Read(start?.Text ?? string.Empty, start?.Entities ?? MessageEntities.None, waitingSlot: null);
        var (answers, _) = _slots.Merge(new LogisticsAnswers(), read, [], null, language);
        answers = LogisticsProducts.KeepOthers(answers, _products.Named(start?.Entities ?? MessageEntities.None));
        step.Values.Set(AnswersKey, answers);

        var understood = new[]
            {
                LogisticsSlotReader.Weight, LogisticsSlotReader.Size, LogisticsSlotReader.Category, LogisticsSlotReader.Value, LogisticsSlotReader.Destination,
                LogisticsSlotReader.Urgency, LogisticsSlotReader.Tracking, LogisticsSlotReader.Returns, LogisticsSlotReader.Goods,
            }
            .Select(slot => _slots.Describe(slot, answers, language))
            .OfType<string>()
            .ToList();
        var intro = understood.Count > 0
            ? string.Format(CultureInfo.InvariantCulture, text.Understood, string.Join(ReplyLanguage.IsChinese(language) ? "，" : ", ", understood))
            : text.Intro;
        if (answers.OtherProducts is { Count: > 0 } others)
        {
            // Several products in one request: the first is worked out, the others are said to be kept.
            var slotText = SlotText.For(language);
            var first = _products.Name(new LogisticsProduct(answers.Category, answers.WeightKg), language);
            var all = new[] { first }.Concat(others.Select(product => _products.Name(product, language)));
            intro += "\n\n" + string.Format(CultureInfo.InvariantCulture, slotText.SeveralProducts, string.Join(slotText.ListSeparator, all), first);
        }

        await step.Context.SendActivityAsync(intro, cancellationToken: cancellationToken);
        return await step.NextAsync(cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> AskWeightAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answers(step).WeightKg is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = LogisticsGuideText.For(Language(step));
        return await step.PromptAsync(WeightId, PromptOptions.FromText(text.AskWeight, text.WeightRetry), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskSizeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<WeightQuantity>() is { Kilograms: > 0 } weight)
        {
            Update(step, answers => answers with { WeightKg = weight.Kilograms });
        }

        if (Answers(step).Size is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var language = Language(step);
        var text = LogisticsGuideText.For(language);
        return await step.PromptAsync(SizeId, PromptOptions.FromText(text.AskDimensions, text.DimensionsRetry,
            [new Choice(ParcelSizePrompt.SkipValue, GuideCommonText.For(language).Skip)]), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskValueAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<ParcelSizeAnswer>() is { } size)
        {
            Update(step, answers => answers with
            {
                Size = size,
                Urgency = size.Urgency ?? answers.Urgency,
                NeedsTracking = size.NeedsTracking ?? answers.NeedsTracking,
                NeedsReturns = size.NeedsReturns ?? answers.NeedsReturns,
                Goods = size.Goods ?? answers.Goods,
            });
        }

        if (Answers(step).ValueAmount is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = LogisticsGuideText.For(Language(step));
        return await step.PromptAsync(ValueId, PromptOptions.FromText(text.AskValue, text.ValueRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDestinationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<MoneyQuantity>() is { Amount: > 0 } money)
        {
            Update(step, answers => answers with { ValueAmount = money.Amount, ValueCurrency = money.Currency });
        }

        if (Answers(step).Destination is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var language = Language(step);
        var text = LogisticsGuideText.For(language);
        var choices = CommonDestinations.Select(code => new Choice(code, _locations.Name(code, language))).ToList();
        return await step.PromptAsync(DestinationId, PromptOptions.FromText(text.AskDestination, text.DestinationRetry, choices), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskUrgencyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<string>() is { Length: > 0 } destination)
        {
            Update(step, answers => answers with { Destination = destination });
        }

        if (Answers(step).Urgency is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = LogisticsGuideText.For(Language(step));
        return await step.PromptAsync(UrgencyId, PromptOptions.FromText(text.AskUrgency, choices:
        [
            new Choice("economy", text.Economy, ["cheap", "cheapest", "slow", "经济", "便宜", "最便宜"]),
            new Choice("standard", text.Standard, ["normal", "标准", "普通", "一般"]),
            new Choice("fast", text.Fast, ["express", "urgent", "quick", "快", "快速", "加急", "快递"]),
        ]), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskTrackingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>() is { } urgency)
        {
            Update(step, answers => answers with { Urgency = urgency.Value });
        }

        if (Answers(step).NeedsTracking is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = LogisticsGuideText.For(Language(step));
        return await step.PromptAsync(TrackingId, PromptOptions.FromText(text.AskTracking), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskReturnsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<bool?>() is { } tracking)
        {
            Update(step, answers => answers with { NeedsTracking = tracking });
        }

        if (Answers(step).NeedsReturns is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = LogisticsGuideText.For(Language(step));
        return await step.PromptAsync(ReturnsId, PromptOptions.FromText(text.AskReturns), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskGoodsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<bool?>() is { } returns)
        {
            Update(step, answers => answers with { NeedsReturns = returns });
        }

        if (Answers(step).Goods is not null)
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var text = LogisticsGuideText.For(Language(step));
        return await step.PromptAsync(GoodsId, PromptOptions.FromText(text.AskGoods, choices:
        [
            new Choice("none", text.GoodsNone, ["no", "none", "neither", "nothing", "没有", "都没有", "无", "否"]),
            new Choice("batteries", text.GoodsBatteries, ["battery", "batteries", "电池", "带电"]),
            new Choice("liquids", text.GoodsLiquids, ["liquid", "liquids", "液体"]),
            new Choice("both", text.GoodsBoth, ["both", "两者", "都有"]),
        ]), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowResultAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>() is { } goods)
        {
            Update(step, answers => answers with { Goods = goods.Value });
        }

        var language = Language(step);
        var result = _results.Build(Answers(step), language);
        foreach (var reply in result.Replies)
        {
            await step.Context.SendReplyAsync(reply, cancellationToken);
        }

        await CrossBorderBot.Charts.ResultAddOns.SendAsync(step.Context, result.Replies, Answers(step).Destination, cancellationToken);
        await _plans.SaveAsync(step.Context, result.Plan, cancellationToken);
        if (Answers(step).OtherDestinations is { Count: > 0 } others)
        {
            // Several destinations in one request: each is kept and offered, never dropped silently.
            var names = others.Select(id => _locations.Name(id, language)).ToList();
            await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, SlotText.For(language).AlsoNamed,
                string.Join(SlotText.For(language).ListSeparator, names), names[0]), cancellationToken: cancellationToken);
        }

        if (Answers(step).OtherProducts is { Count: > 0 } products)
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

    public override int SlotsRead(RecognizedMessage message) => _slots.SlotsRead(message);

    protected override SlotChanges Absorb(DialogValues values, RecognizedMessage message, string? waitingDialogId, string language)
    {
        var waitingSlot = waitingDialogId switch
        {
            WeightId => LogisticsSlotReader.Weight,
            SizeId => LogisticsSlotReader.Size,
            ValueId => LogisticsSlotReader.Value,
            DestinationId => LogisticsSlotReader.Destination,
            UrgencyId => LogisticsSlotReader.Urgency,
            TrackingId => LogisticsSlotReader.Tracking,
            ReturnsId => LogisticsSlotReader.Returns,
            GoodsId => LogisticsSlotReader.Goods,
            _ => null,
        };
        var (read, defaults) = _slots.Read(message.Text, message.Entities, waitingSlot);
        var current = values.Get<LogisticsAnswers>(AnswersKey) ?? new LogisticsAnswers();
        var named = IsAtResult(waitingDialogId) ? [] : _products.Named(message.Entities);

        // The category is taken from the first message, from a message naming several products, or when the user
        // switches to a product named before ("toys instead"): otherwise "有电池" answers the batteries question and
        // must not turn the parcel into the "batteries" product category.
        read = named.Count >= 2
            ? LogisticsProducts.KeepOthers(read, named)
            : read with { Category = LogisticsProducts.IsWaiting(current, read.Category) ? read.Category : null };
        var (merged, changes) = _slots.Merge(current, read, defaults, waitingSlot, language);
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
                var weight = LogisticsGuideText.For(language).Weight + (ReplyLanguage.IsChinese(language) ? "：" : ": ");
                changes = changes with { Changed = [.. changes.Changed, $"{weight}{LogisticsResultBuilder.Kilograms(before)} → {LogisticsResultBuilder.Kilograms(kg)}"] };
            }
        }

        if (!changes.IsEmpty)
        {
            values.Set(AnswersKey, merged);
        }

        return changes;
    }

    protected override bool IsAtResult(string? waitingDialogId) => waitingDialogId == ClosingId + ".choice";

    protected override async Task<bool> ExplainResultAsync(ITurnContext turnContext, DialogValues values, string question, string language, CancellationToken cancellationToken)
    {
        if (values.Get<LogisticsAnswers>(AnswersKey) is not { } answers || _explainer.Explain(answers, question, language) is not { } explanation)
        {
            return false;
        }

        await turnContext.SendActivityAsync(explanation, cancellationToken: cancellationToken);
        return true;
    }

    private static string Language(WaterfallStepContext step) => ReplyLanguage.FromLocale(step.Context.Activity.Locale);

    private static LogisticsAnswers Answers(WaterfallStepContext step) => step.Values.Get<LogisticsAnswers>(AnswersKey) ?? new LogisticsAnswers();

    private static void Update(WaterfallStepContext step, Func<LogisticsAnswers, LogisticsAnswers> change) =>
        step.Values.Set(AnswersKey, change(Answers(step)));
}
