using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Plans;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Turns the logistics guide's answers into its result: the advisor's one-line verdict and ranked channels (a table
/// ordered by the fit shown, the reasons, the excluded channels and why) — parcels or freight, as the advisor decides
/// from the weight and size — the landed cost of the best channel by the destination's import regime (each charge, how
/// and when it is collected, its rule and effective date), DDP/DDU advice that follows the regime, and the sources with
/// their review dates — and the same as a plan.
/// </summary>
public sealed class LogisticsResultBuilder(KnowledgeBase knowledgeBase, LogisticsAdvisor advisor, GuideLocationResolver locations, TimeProvider time)
{
    private const int MaxChannels = 5;
    private const int ChannelsWithReasons = 3;

    public GuideOutcome Build(LogisticsAnswers answers, BotLanguage language)
    {
        var text = LogisticsGuideText.For(language);
        var chinese = language.IsChinese;
        var destination = answers.Destination ?? "global";
        var destinationName = locations.Name(destination, language);
        var asOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var advice = advisor.Recommend(LogisticsAdvisorInputs.From(answers, MaxChannels) with
        {
            Category = answers.Category,
            AsOf = asOf,
        });

        var sources = new GuideSources(knowledgeBase);
        var top = advice.Recommendations.Take(ChannelsWithReasons).ToList();
        foreach (var recommendation in top)
        {
            sources.Add(recommendation.SourceIds, recommendation.Channel.Reviewed);
        }

        var facts = AnswerFacts(answers, language, destinationName);
        var summary = Summary(answers, language, destinationName);
        var channelsReply = ChannelsReply(advice, facts, summary, text, language);
        var landed = advice.LandedCost;
        if (landed is not null)
        {
            sources.Add(landed.SourceIds, landed.Market.Reviewed);
        }

        var ddpChannels = advice.Recommendations.Where(r => r.Channel.Ddp).Select(r => r.Channel.Name.Get(language)).ToList();
        var ddpAdvice = DdpAdvice(landed, advice.Mode, destinationName, ddpChannels, text, language);
        var caveats = Caveats(landed);
        var costReply = CostReply(landed, top.FirstOrDefault(), destinationName, asOf, ddpAdvice, CostSources(landed, top.FirstOrDefault()), caveats.Block(language), text, language);

        var plan = new GuidePlan(
            DialogIds.GuideLogistics,
            string.Format(CultureInfo.InvariantCulture, text.PlanTitle, summary),
            time.GetUtcNow(),
            language,
            PlanSections(facts, top, landed, ddpAdvice, text, language, chinese),
            sources.ToPlanSources(),
            caveats.In(language));
        return new GuideOutcome([channelsReply, costReply], plan, answers.Destination);
    }

    // The cost reply cites what its own figures came from: the destination's rules (first) and the channel whose price it
    // uses, not every ranked channel's list (eight at most would leave the rules out).
    private GuideSources CostSources(LandedCostResult? landed, ChannelRecommendation? best)
    {
        var sources = new GuideSources(knowledgeBase);
        if (landed is not null)
        {
            sources.Add(landed.SourceIds, landed.Market.Reviewed);
        }

        if (best is not null)
        {
            sources.Add(best.SourceIds, best.Channel.Reviewed);
        }

        return sources;
    }

    /// <summary>"2 kg", "0.8 kg": weights as the guide repeats them.</summary>
    public static string Kilograms(decimal kilograms) => kilograms.ToString("0.###", CultureInfo.InvariantCulture) + " kg";

    /// <summary>
    /// The shipment's weight as the user is told it: "12 kg" for one parcel, "3 cartons × 12 kg (36 kg in all)" for several;
    /// null when neither the weight nor a carton count is known.
    /// </summary>
    public static string? ShipmentWeight(LogisticsAnswers answers, BotLanguage language)
    {
        var text = LogisticsGuideText.For(language);
        return (answers.WeightKg, answers.Cartons) switch
        {
            ({ } kg, > 1 and var cartons) => string.Format(CultureInfo.InvariantCulture, text.CartonWeight, cartons, Kilograms(kg), Kilograms(answers.ShipmentWeightKg()!.Value)),
            ({ } kg, _) => Kilograms(kg),
            (null, > 1 and var cartons) => string.Format(CultureInfo.InvariantCulture, text.CartonsOnly, cartons),
            _ => null,
        };
    }

    /// <summary>"30 USD", "25.5 EUR", "7313 JPY" (currencies without minor units are shown whole).</summary>
    public static string Amount(decimal amount, string currency) =>
        amount.ToString(currency is "JPY" or "KRW" or "IDR" ? "0" : "0.##", CultureInfo.InvariantCulture) + " " + currency;

    /// <summary>"7–15", "13.3–16.3": a range as the result table shows it (one figure when both ends are equal).</summary>
    public static string Range(ValueRange range, string format) =>
        range.Min == range.Max
            ? range.Min.ToString(format, CultureInfo.InvariantCulture)
            : range.Min.ToString(format, CultureInfo.InvariantCulture) + "–" + range.Max.ToString(format, CultureInfo.InvariantCulture);

    private string Summary(LogisticsAnswers answers, BotLanguage language, string destinationName)
    {
        var chinese = language.IsChinese;
        var category = answers.Category is { } id ? knowledgeBase.FindCategory(id)?.Name.Get(language) : null;
        var weight = ShipmentWeight(answers, language) ?? Kilograms(0m);
        return chinese
            ? $"{weight} {(category is null ? "包裹" : category)}，寄往{destinationName}"
            : $"{weight} of {(category is null ? "goods" : category.ToLowerInvariant())} to {destinationName}";
    }

    private List<ReplyFact> AnswerFacts(LogisticsAnswers answers, BotLanguage language, string destinationName)
    {
        var text = LogisticsGuideText.For(language);
        var common = GuideCommonText.For(language);
        var facts = new List<ReplyFact>
        {
            new(text.Weight, ShipmentWeight(answers, language) ?? Kilograms(0m)),
            new(text.Dimensions, answers.Size is { Skipped: false } size
                ? string.Create(CultureInfo.InvariantCulture, $"{size.LengthCm:0.#} × {size.WidthCm:0.#} × {size.HeightCm:0.#} cm")
                : text.NotGiven),
            new(text.DeclaredValue, Amount(answers.ValueAmount ?? 0m, answers.ValueCurrency ?? "USD")),
            new(text.Destination, destinationName),
        };
        if (answers.Category is { } category && knowledgeBase.FindCategory(category) is { } found)
        {
            facts.Add(new ReplyFact(text.Category, found.Name.Get(language)));
        }

        facts.Add(new ReplyFact(text.Urgency, text.Label(answers.Urgency ?? ShippingUrgency.Standard)));
        facts.Add(new ReplyFact(text.Tracking, answers.NeedsTracking == true ? common.Yes : common.No));
        facts.Add(new ReplyFact(text.Returns, answers.NeedsReturns == true ? common.Yes : common.No));
        facts.Add(new ReplyFact(text.Goods, text.Label(answers.Goods ?? ParcelGoods.None)));
        return facts;
    }

    private static Reply ChannelsReply(LogisticsAdvice advice, List<ReplyFact> facts, string summary, LogisticsGuideText text, BotLanguage language)
    {
        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(string.Format(CultureInfo.InvariantCulture, text.ResultHeading, summary)),
            new FactListBlock(facts, text.AnswersTitle),
        };
        if (advice.Recommendations.Count == 0)
        {
            blocks.Add(new ParagraphBlock(string.Format(CultureInfo.InvariantCulture, text.NoChannels, summary)));
        }
        else
        {
            if (advice.Verdict is { } verdict)
            {
                blocks.Add(new ParagraphBlock("**" + verdict.Get(language) + "**"));
            }

            blocks.Add(new ParagraphBlock(text.Working));
            blocks.Add(new ResultTableBlock(
                [text.ChannelColumn, text.DaysColumn, text.CostCnyColumn, text.CostUsdColumn, text.FitColumn],
                [.. advice.Recommendations.Select(r => (IReadOnlyList<string>)
                [
                    r.Channel.Name.Get(language),
                    Range(r.Days, "0"),
                    "¥" + Range(r.CostCny, "0"),
                    "$" + Range(r.CostUsd, "0.#"),
                    r.Score.ToString("0", CultureInfo.InvariantCulture),
                ])],
                HighlightFirstRow: true,
                Title: text.TableTitle));
            var reasons = advice.Recommendations.Take(ChannelsWithReasons)
                .Select((r, i) => $"{i + 1}. **{r.Channel.Name.Get(language)}**: {string.Join(language.IsChinese ? string.Empty : " ", r.Reasons.Select(reason => reason.Get(language)))}");
            blocks.Add(new ParagraphBlock($"**{text.ReasonsHeading}**\n" + string.Join("\n", reasons)));
        }

        if (advice.Notes.Count > 0)
        {
            blocks.Add(new ParagraphBlock(string.Join("\n", advice.Notes.Select(note => "- " + note.Get(language)))));
        }

        if (advice.Excluded.Count > 0)
        {
            blocks.Add(new ParagraphBlock($"**{text.ExcludedHeading}**\n" + string.Join("\n", advice.Excluded.Select(e => $"- {e.Channel.Name.Get(language)}: {e.Reason.Get(language)}"))));
        }

        return new Reply(blocks);
    }

    /// <summary>DDP or DDU as the destination's regime has it: nothing at the door where tax is charged at checkout
    /// (UK ≤ £135, Australia ≤ A$1,000, EU IOSS), DDP where the buyer would otherwise pay on delivery, the buyer as
    /// importer for freight to a business — with the channels that can ship DDP when that is the advice.</summary>
    private static string DdpAdvice(LandedCostResult? landed, ShipmentMode mode, string destinationName, List<string> ddpChannels, LogisticsGuideText text, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var channels = ddpChannels.Count > 0 && landed is { DdpAdvisable: true } && mode == ShipmentMode.Parcel
            ? " " + string.Format(CultureInfo.InvariantCulture, text.DdpChannels, string.Join(chinese ? "、" : ", ", ddpChannels))
            : string.Empty;
        if (landed?.TermsAdvice is not { } advice)
        {
            return string.Format(CultureInfo.InvariantCulture, text.DdpUnknown, destinationName) + channels;
        }

        var whoPays = landed.WhoPays is { } regime ? (chinese ? string.Empty : " ") + regime.Get(language) : string.Empty;
        return advice.Get(language) + channels + whoPays;
    }

    private static Reply CostReply(
        LandedCostResult? landed,
        ChannelRecommendation? best,
        string destinationName,
        DateOnly asOf,
        string ddpAdvice,
        GuideSources sources,
        SectionBlock? caveats,
        LogisticsGuideText text,
        BotLanguage language)
    {
        var blocks = new List<ReplyBlock> { new HeadingBlock(string.Format(CultureInfo.InvariantCulture, text.LandedHeading, destinationName)) };
        if (landed is null || best is null)
        {
            blocks.Add(new ParagraphBlock(string.Format(CultureInfo.InvariantCulture, text.NoLandedCost, destinationName)));
        }
        else
        {
            var currency = landed.Market.Currency;
            blocks.Add(new ParagraphBlock(string.Format(
                CultureInfo.InvariantCulture,
                text.LandedIntro,
                asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                best.Channel.Name.Get(language),
                Amount(landed.Shipping.Amount, currency))));
            blocks.Add(new ResultTableBlock(
                [text.ChargeColumn, text.AmountColumn, text.RuleColumn, text.SinceColumn],
                [.. landed.Lines.Select(line => (IReadOnlyList<string>)
                [
                    LineKind(line.Kind, text),
                    LineAmount(line),
                    line.Rule.Get(language),
                    line.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                ])]));
            blocks.Add(new ParagraphBlock(string.Join("\n", landed.Lines.Select(line => $"- {LineKind(line.Kind, text)}: {line.Explanation.Get(language)}")
                .Concat(landed.Notes.Select(note => "- " + note.Get(language))))));
            blocks.Add(new FactListBlock(
            [
                new(text.GoodsValue, Amount(landed.GoodsValue.Amount, currency)),
                new(text.Shipping, Amount(landed.Shipping.Amount, currency)),
                new(text.TaxesAndFees, AmountRange(landed.TaxesAndFees.Amount, landed.TaxesAndFeesMax, currency)),
                new(text.LandedCost, $"{Amount(landed.LandedCost.Amount, currency)} (≈ {Amount(landed.LandedCostUsd.Amount, "USD")})"),
            ], text.TotalsTitle));
        }

        blocks.Add(new HeadingBlock(text.DdpHeading));
        blocks.Add(new ParagraphBlock(ddpAdvice));
        if (caveats is not null)
        {
            blocks.Add(caveats);
        }

        if (sources.ToReplySources() is { Count: > 0 } list)
        {
            blocks.Add(new SourceListBlock(list));
        }

        return new Reply(blocks);
    }

    /// <summary>The caveats of the entries the landed cost rests on: the destination market's and those of the import rules applied.</summary>
    private static GuideCaveats Caveats(LandedCostResult? landed)
    {
        var caveats = new GuideCaveats();
        if (landed is null)
        {
            return caveats;
        }

        caveats.Add(landed.Market.Caveat);
        foreach (var ruleId in landed.Lines.Select(line => line.RuleId).OfType<string>())
        {
            caveats.Add(landed.Market.ImportRules.FirstOrDefault(rule => rule.Id == ruleId)?.Caveat);
        }

        return caveats;
    }

    /// <summary>"12.5 USD", or "12.5–20 USD" when the rule behind the line gives a range.</summary>
    internal static string AmountRange(decimal amount, decimal? max, string currency) =>
        max is { } upper && upper > amount
            ? Amount(amount, currency).Replace(" " + currency, string.Empty, StringComparison.Ordinal) + "–" + Amount(upper, currency)
            : Amount(amount, currency);

    internal static string LineAmount(LandedCostLine line) => AmountRange(line.Amount.Amount, line.AmountMax, line.Amount.Currency);

    internal static string LineKind(LandedCostLineKind kind, LogisticsGuideText text) => kind switch
    {
        LandedCostLineKind.Duty => text.DutyLine,
        LandedCostLineKind.Vat => text.VatLine,
        _ => text.FeeLine,
    };

    private static List<PlanSection> PlanSections(
        List<ReplyFact> facts,
        List<ChannelRecommendation> top,
        LandedCostResult? landed,
        string ddpAdvice,
        LogisticsGuideText text,
        BotLanguage language,
        bool chinese)
    {
        var separator = chinese ? "：" : ": ";
        var sections = new List<PlanSection>
        {
            new(text.PlanAnswers, facts.Select(fact => fact.Title + separator + fact.Value).ToList()),
        };
        if (top.Count > 0)
        {
            sections.Add(new PlanSection(text.PlanChannels, top.Select(r =>
                $"{r.Channel.Name.Get(language)}{separator}{Range(r.Days, "0")} {(chinese ? "天" : "days")}, ¥{Range(r.CostCny, "0")} (${Range(r.CostUsd, "0.#")})").ToList()));
        }

        if (landed is not null)
        {
            var currency = landed.Market.Currency;
            var lines = landed.Lines
                .Select(line => $"{LineKind(line.Kind, text)}{separator}{LineAmount(line)} — {line.Rule.Get(language)}"
                    + (line.Effective is { } since ? $" ({text.SinceColumn} {since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : string.Empty))
                .Append($"{text.LandedCost}{separator}{Amount(landed.LandedCost.Amount, currency)} (≈ {Amount(landed.LandedCostUsd.Amount, "USD")})")
                .Append(ddpAdvice)
                .ToList();
            sections.Add(new PlanSection(text.PlanLandedCost, lines));
        }

        var next = new List<string>();
        if (top.Count > 0)
        {
            next.Add(string.Format(CultureInfo.InvariantCulture, text.NextStepSample, top[0].Channel.Name.Get(language)));
        }

        next.Add(text.NextStepQuote);
        next.Add(text.NextStepDeclare);
        sections.Add(new PlanSection(text.PlanNextSteps, next));
        return sections;
    }
}
