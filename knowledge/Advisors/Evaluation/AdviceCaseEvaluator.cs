using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>Runs case-book cases through the real advisors and checks each expectation.</summary>
public sealed class AdviceCaseEvaluator
{
    private readonly KnowledgeBase _kb;
    private readonly LogisticsAdvisor _logistics;
    /// <summary>The date a case without one is judged on (the day the case book was written).</summary>
    private static readonly DateOnly DefaultAsOf = new(2026, 12, 3);

    private readonly PlatformAdvisor _platforms;

    public AdviceCaseEvaluator(KnowledgeBase knowledgeBase)
    {
        _kb = knowledgeBase;
        _logistics = new LogisticsAdvisor(knowledgeBase);
        _platforms = new PlatformAdvisor(knowledgeBase);
    }

    public IReadOnlyList<AdviceCaseResult> Evaluate(AdviceCaseBook book) => book.Cases.Select(Evaluate).ToList();

    public AdviceCaseResult Evaluate(AdviceCase adviceCase)
    {
        ArgumentNullException.ThrowIfNull(adviceCase);
        AdviceCaseOutcome outcome;
        try
        {
            outcome = adviceCase.Advisor == "platform" ? RunPlatform(adviceCase.Input) : RunLogistics(adviceCase.Input);
        }
        catch (Exception ex) when (ex is AdvisorInputException or InvalidOperationException or FormatException)
        {
            return new AdviceCaseResult(adviceCase, [$"the advisor failed: {ex.Message}"]);
        }

        var answer = string.Join(", ", outcome.Ranked.Take(6).Select(r => r.Id + " " + r.Score.ToString("0.#", CultureInfo.InvariantCulture)));
        return new AdviceCaseResult(adviceCase, AdviceCaseChecks.Check(adviceCase.Expect, outcome)) { Answer = answer };
    }

    private AdviceCaseOutcome RunLogistics(AdviceCaseInput input)
    {
        var asOf = input.AsOf is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DefaultAsOf;
        var advice = _logistics.Recommend(new LogisticsAdvisorInput
        {
            WeightKg = input.WeightKg,
            DimensionsCm = input.DimensionsCm is [var l, var w, var h] ? new ParcelDimensions(l, w, h) : null,
            VolumeCbm = input.VolumeCbm,
            Cartons = input.Cartons,
            Pallets = input.Pallets,
            DeclaredValue = new Money { Amount = input.Value, Currency = input.Currency },
            Destination = input.Destination,
            Urgency = input.Urgency switch { "economy" => ShippingUrgency.Economy, "fast" => ShippingUrgency.Fast, _ => ShippingUrgency.Standard },
            NeedsTracking = input.Tracking,
            NeedsReturns = input.Returns,
            ContainsBatteries = input.Batteries is "contained" or "loose",
            LooseBatteries = input.Batteries is "loose",
            ContainsLiquids = input.Liquids,
            HasStockInMarket = input.StockInMarket,
            SellsOn = input.SellsOn,
            Category = input.Category,
            HsCode = input.HsCode,
            AsOf = asOf,
            TaxCollectedAtCheckout = input.CheckoutTax,
            Terms = input.Terms == "ddp" ? Incoterm.Ddp : Incoterm.Ddu,
        });

        var landed = advice.LandedCost;
        var texts = new List<string>();
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in advice.Recommendations)
        {
            var text = string.Join(" ", r.Reasons.Select(x => x.En));
            byId[r.Channel.Id] = text;
            texts.Add(r.Channel.Name.En + ": " + text);
        }

        if (advice.Verdict is { } verdict)
        {
            texts.Add(verdict.En);
        }

        texts.AddRange(advice.Notes.Select(n => n.En));
        texts.AddRange(advice.Excluded.Select(e => e.Channel.Name.En + ": " + e.Reason.En));
        if (landed is not null)
        {
            texts.AddRange(landed.Lines.Select(l => l.Rule.En + ": " + l.Explanation.En));
            texts.Add(landed.TermsNote.En);
            texts.AddRange(new[] { landed.TermsAdvice?.En, landed.WhoPays?.En }.OfType<string>());
            texts.AddRange(landed.Notes.Select(n => n.En));
        }

        return new AdviceCaseOutcome
        {
            Mode = advice.Mode.ToString().ToLowerInvariant(),
            Ranked = advice.Recommendations.Select(r => (r.Channel.Id, r.Score)).ToList(),
            Excluded = advice.Excluded.Select(e => (e.Channel.Id, e.Reason.En)).ToList(),
            Verdict = advice.Verdict?.En,
            FirstName = advice.Recommendations.FirstOrDefault()?.Channel.Name.En,
            HasLandedCost = landed is not null,
            Lines = landed?.Lines.Select(l => new OutcomeLine(
                l.Kind.ToString().ToLowerInvariant(),
                Collection(l.Collection),
                l.Amount.Amount,
                l.AmountMax ?? l.Amount.Amount)).ToList() ?? [],
            PaidAtDoor = landed?.PaidAtDoor.Amount,
            PaidAtDoorMax = landed is null ? null : landed.PaidAtDoorMax ?? landed.PaidAtDoor.Amount,
            Text = string.Join("\n", texts),
            TextById = byId,
        };
    }

    private static string Collection(LandedCostCollection collection) => collection switch
    {
        LandedCostCollection.PointOfSale => "point-of-sale",
        LandedCostCollection.Ioss => "ioss",
        LandedCostCollection.NotDue => "not-due",
        _ => "at-import",
    };

    private AdviceCaseOutcome RunPlatform(AdviceCaseInput input)
    {
        var advice = _platforms.Advise(new PlatformAdvisorInput
        {
            Model = Enum.Parse<BusinessModel>(input.Model ?? "B2C", ignoreCase: true),
            TargetMarkets = input.Markets,
            Category = input.Category,
            MonthlyBudgetUsd = input.BudgetUsd,
            Experience = input.Experience switch
            {
                "experienced" => SellerExperience.Experienced,
                "some" => SellerExperience.Some,
                _ => SellerExperience.None,
            },
            OwnBrand = input.Brand,
            HasTrademark = input.Trademark,
            Handmade = input.Handmade,
            MaxResults = _kb.Platforms.Count,
        });

        // What the user sees: the first five with their reasons and entry requirements, and the verdict.
        var byId = advice.Ranked.Take(5).ToDictionary(
            r => r.Platform.Id,
            r => string.Join(" ", r.Reasons.Select(x => x.En).Concat(r.Requirements.Select(e => e.En))),
            StringComparer.Ordinal);
        var text = byId.Select(kv => kv.Key + ": " + kv.Value).Append(advice.Verdict?.En ?? string.Empty).Concat(advice.Notes.Select(n => n.En));
        return new AdviceCaseOutcome
        {
            Ranked = advice.Ranked.Select(r => (r.Platform.Id, r.Score)).ToList(),
            Excluded = advice.Excluded.Select(e => (e.Platform.Id, e.Reason.En)).ToList(),
            Verdict = advice.Verdict?.En,
            FirstName = advice.Ranked.FirstOrDefault()?.Platform.Name.En,
            Text = string.Join("\n", text),
            TextById = byId,
        };
    }
}
