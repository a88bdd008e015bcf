using System.Globalization;
using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Plans;
using CrossBorderBot.Replies;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "Choose logistics": weight, optional dimensions, declared value, destination, urgency, tracking, returns, batteries
/// or liquids — one question at a time, skipping what the first message already said ("ship 2kg of shoes to
/// Germany") — then ranked channels with days, cost and reasons, a landed-cost estimate, DDP/DDU advice and sources,
/// saved as a plan.
/// </summary>
public sealed class LogisticsGuide : ComponentDialog
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

    /// <summary>Above this a "parcel" is freight: the advisors' channels would all refuse it anyway.</summary>
    private const decimal MaxWeightKg = 10_000m;

    private readonly KnowledgeBase _knowledgeBase;
    private readonly GuideLocationResolver _locations;
    private readonly LogisticsResultBuilder _results;
    private readonly PlanStore _plans;

    public LogisticsGuide(
        KnowledgeBase knowledgeBase,
        LogisticsAdvisor advisor,
        LandedCostCalculator landedCost,
        CrossBorderRecognizer recognizer,
        PlanStore plans,
        TimeProvider time)
        : base(DialogIds.GuideLogistics)
    {
        _knowledgeBase = knowledgeBase;
        _locations = new GuideLocationResolver(knowledgeBase, recognizer);
        _results = new LogisticsResultBuilder(knowledgeBase, advisor, landedCost, _locations, time);
        _plans = plans;
        AddDialog(new WaterfallDialog(StepsId,
        [
            StartAsync, AskWeightAsync, AskSizeAsync, AskValueAsync, AskDestinationAsync, AskUrgencyAsync,
            AskTrackingAsync, AskReturnsAsync, AskGoodsAsync, ShowResultAsync,
        ]));
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
        var entities = step.GetOptions<GuideStartOptions>()?.Entities;
        var money = GuideEntities.Money(entities);
        var answers = new LogisticsAnswers
        {
            WeightKg = GuideEntities.WeightKg(entities) is { } kg and <= MaxWeightKg ? kg : null,
            ValueAmount = money is { } m && _knowledgeBase.ExchangeRates.Knows(m.Currency) ? m.Amount : null,
            ValueCurrency = money is { } c && _knowledgeBase.ExchangeRates.Knows(c.Currency) ? c.Currency : null,
            Destination = GuideEntities.Location(entities),
            Category = GuideEntities.Category(entities) is { } category && _knowledgeBase.FindCategory(category) is not null ? category : null,
        };
        step.Values.Set(AnswersKey, answers);

        var understood = new List<string>();
        if (answers.WeightKg is { } weight)
        {
            understood.Add(LogisticsResultBuilder.Kilograms(weight));
        }

        if (answers.Category is { } categoryId)
        {
            var name = _knowledgeBase.FindCategory(categoryId)!.Name.Get(language);
            understood.Add(ReplyLanguage.IsChinese(language) ? name : name.ToLowerInvariant());
        }

        if (answers.ValueAmount is { } amount)
        {
            understood.Add(LogisticsResultBuilder.Amount(amount, answers.ValueCurrency!));
        }

        if (answers.Destination is { } destination)
        {
            understood.Add(_locations.Name(destination, language));
        }

        var intro = understood.Count > 0
            ? string.Format(CultureInfo.InvariantCulture, text.Understood, string.Join(ReplyLanguage.IsChinese(language) ? "，" : ", ", understood))
            : text.Intro;
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
                Size = size.Skipped ? null : size,
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

        await _plans.SaveAsync(step.Context, result.Plan, cancellationToken);
        return await step.BeginDialogAsync(ClosingId, new GuideFollowUpsOptions(
            DialogIds.GuideLogistics, [new GuideFollowUp(IntentNames.FixIssue, LogisticsGuideText.English.FollowUp, LogisticsGuideText.Chinese.FollowUp)]), cancellationToken);
    }

    private static string Language(WaterfallStepContext step) => ReplyLanguage.FromLocale(step.Context.Activity.Locale);

    private static LogisticsAnswers Answers(WaterfallStepContext step) => step.Values.Get<LogisticsAnswers>(AnswersKey) ?? new LogisticsAnswers();

    private static void Update(WaterfallStepContext step, Func<LogisticsAnswers, LogisticsAnswers> change) =>
        step.Values.Set(AnswersKey, change(Answers(step)));
}
