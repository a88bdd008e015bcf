using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>Runs case-book cases through the real advisors and checks each expectation.</summary>
public sealed class AdviceCaseEvaluator
{
    private readonly KnowledgeBase _kb;
    private readonly LogisticsAdvisor _logistics;
    private readonly LandedCostCalculator _landedCost;
    private readonly PlatformAdvisor _platforms;

    public AdviceCaseEvaluator(KnowledgeBase knowledgeBase)
    {
        _kb = knowledgeBase;
        _logistics = new LogisticsAdvisor(knowledgeBase);
        _landedCost = new LandedCostCalculator(knowledgeBase);
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

        return new AdviceCaseResult(adviceCase, AdviceCaseChecks.Check(adviceCase.Expect, outcome));
    }

    private AdviceCaseOutcome RunLogistics(AdviceCaseInput input)
    {
        var asOf = input.AsOf is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : new DateOnly(2026, 12, 3);
        var value = new Money { Amount = input.Value, Currency = input.Currency };
        var advice = _logistics.Recommend(new LogisticsAdvisorInput
        {
            WeightKg = input.WeightKg,
            DimensionsCm = input.DimensionsCm is [var l, var w, var h] ? new ParcelDimensions(l, w, h) : null,
            DeclaredValue = value,
            Destination = input.Destination,
            Urgency = input.Urgency switch { "economy" => ShippingUrgency.Economy, "fast" => ShippingUrgency.Fast, _ => ShippingUrgency.Standard },
            NeedsTracking = input.Tracking,
            NeedsReturns = input.Returns,
            ContainsBatteries = input.Batteries is "contained" or "loose",
            ContainsLiquids = input.Liquids,
            HasStockInMarket = input.StockInMarket,
        });

        LandedCostResult? landed = null;
        if (advice.Recommendations.Count > 0)
        {
            var best = advice.Recommendations[0];
            try
            {
                landed = _landedCost.Calculate(new LandedCostInput
                {
                    Market = advice.Destination.Id,
                    DeclaredValue = value,
                    ShippingCost = new Money { Amount = Math.Round((best.CostUsd.Min + best.CostUsd.Max) / 2m, 2), Currency = "USD" },
                    Category = input.Category,
                    Terms = input.Terms == "ddp" ? Incoterm.Ddp : Incoterm.Ddu,
                    AsOf = asOf,
                });
            }
            catch (AdvisorInputException)
            {
                landed = null;
            }
        }

        var texts = new List<string>();
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in advice.Recommendations)
        {
            var text = string.Join(" ", r.Reasons.Select(x => x.En));
            byId[r.Channel.Id] = text;
            texts.Add(r.Channel.Name.En + ": " + text);
        }

        texts.AddRange(advice.Notes.Select(n => n.En));
        texts.AddRange(advice.Excluded.Select(e => e.Channel.Name.En + ": " + e.Reason.En));
        if (landed is not null)
        {
            texts.AddRange(landed.Lines.Select(l => l.Rule.En + ": " + l.Explanation.En));
            texts.Add(landed.TermsNote.En);
        }

        return new AdviceCaseOutcome
        {
            Mode = "parcel",
            Ranked = advice.Recommendations.Select(r => (r.Channel.Id, r.Score)).ToList(),
            Excluded = advice.Excluded.Select(e => (e.Channel.Id, e.Reason.En)).ToList(),
            Verdict = null,
            FirstName = advice.Recommendations.FirstOrDefault()?.Channel.Name.En,
            HasLandedCost = landed is not null,
            Lines = landed?.Lines.Select(l => new OutcomeLine(
                l.Kind.ToString().ToLowerInvariant(),
                l.Amount.Amount > 0 ? "at-import" : "not-due",
                l.Amount.Amount,
                l.Amount.Amount)).ToList() ?? [],
            PaidAtDoor = landed?.PaidAtDoor.Amount,
            Text = string.Join("\n", texts),
            TextById = byId,
        };
    }

    private AdviceCaseOutcome RunPlatform(AdviceCaseInput input)
    {
        var ranked = _platforms.Recommend(new PlatformAdvisorInput
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
            MaxResults = _kb.Platforms.Count,
        });

        // What the user sees: the first five with their reasons and entry requirements.
        var byId = ranked.Take(5).ToDictionary(
            r => r.Platform.Id,
            r => string.Join(" ", r.Reasons.Select(x => x.En).Concat(r.Platform.EntryRequirements.Select(e => e.En))),
            StringComparer.Ordinal);
        return new AdviceCaseOutcome
        {
            Ranked = ranked.Select(r => (r.Platform.Id, r.Score)).ToList(),
            Excluded = [],
            Verdict = null,
            FirstName = ranked.FirstOrDefault()?.Platform.Name.En,
            Text = string.Join("\n", byId.Select(kv => kv.Key + ": " + kv.Value)),
            TextById = byId,
        };
    }
}
