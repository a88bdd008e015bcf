using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Ranks logistics channels for a parcel: excludes those that cannot carry it, estimates days and cost
/// (chargeable weight includes volumetric weight) and weighs cost, speed, tracking and returns by the user's needs.</summary>
public sealed class LogisticsAdvisor
{
    /// <summary>Above this declared value (USD) tracking and insurance matter more than a few yuan of postage.</summary>
    public const decimal HighValueUsd = 800m;

    /// <summary>Points taken off channels without full tracking when the declared value is high.</summary>
    public const decimal UntrackedHighValuePenalty = 30m;

    private readonly KnowledgeBase _kb;
    private readonly GeographyResolver _geography;

    public LogisticsAdvisor(KnowledgeBase knowledgeBase)
    {
        _kb = knowledgeBase;
        _geography = new GeographyResolver(knowledgeBase);
    }

    public LogisticsAdvice Recommend(LogisticsAdvisorInput input)
    {
        using var culture = InvariantCultureScope.Enter();
        ArgumentNullException.ThrowIfNull(input);
        Validate(input);
        var destination = _geography.Resolve(input.Destination, "destination");
        var rates = _kb.ExchangeRates;
        var valueUsd = rates.Convert(input.DeclaredValue, "USD")?.Amount
            ?? throw new AdvisorInputException("declaredValue", $"Unknown currency '{input.DeclaredValue.Currency}'.");
        var highValue = valueUsd > HighValueUsd;

        var candidates = new List<Candidate>();
        var excluded = new List<ExcludedChannel>();
        foreach (var channel in _kb.LogisticsChannels)
        {
            var exclusion = Exclusion(channel, input, destination, out var transit, out var rate);
            if (exclusion is not null)
            {
                excluded.Add(new ExcludedChannel(channel, exclusion));
                continue;
            }

            var volumetric = input.DimensionsCm is { } dims && channel.Pricing.VolumetricDivisor is { } divisor and > 0
                ? Math.Round(dims.VolumeCm3 / divisor, 3)
                : (decimal?)null;
            var chargeable = Math.Max(Math.Max(input.WeightKg, volumetric ?? 0m), channel.Pricing.MinChargeableKg);
            var cost = Cost(rate!, chargeable);
            var cny = rates.Convert(cost, channel.Pricing.Currency, "CNY");
            var usd = rates.Convert(cost, channel.Pricing.Currency, "USD");
            if (cny is null || usd is null)
            {
                excluded.Add(new ExcludedChannel(channel, LocalizedText.Of(
                    $"No exchange rate for its price currency {channel.Pricing.Currency}.", $"缺少其计价币种 {channel.Pricing.Currency} 的汇率。")));
                continue;
            }

            candidates.Add(new Candidate(channel, transit!, chargeable, volumetric, cny.Value, usd.Value));
        }

        var ranked = Rank(candidates, input, highValue).Take(Math.Max(1, input.MaxResults)).ToList();
        var notes = new List<LocalizedText>();
        if (highValue)
        {
            notes.Add(LocalizedText.Of(
                $"Declared value about ${valueUsd:0}: prefer fully tracked, insured shipping; the destination may require a formal customs entry.",
                $"申报价值约 {valueUsd:0} 美元：建议选择全程跟踪并投保的渠道；目的国可能要求正式报关。"));
        }

        if (input.ContainsBatteries)
        {
            notes.Add(LocalizedText.Of(
                "Batteries need a UN38.3 test report and MSDS; postal channels generally refuse loose batteries.",
                "带电产品需提供 UN38.3 测试报告和 MSDS；邮政渠道通常不收纯电池。"));
        }

        return new LogisticsAdvice(destination, ranked, excluded, notes);
    }

    private static void Validate(LogisticsAdvisorInput input)
    {
        if (input.WeightKg <= 0)
        {
            throw new AdvisorInputException("weightKg", "The weight must be greater than 0 kg.");
        }

        if (input.DimensionsCm is { } d && (d.LengthCm <= 0 || d.WidthCm <= 0 || d.HeightCm <= 0))
        {
            throw new AdvisorInputException("dimensionsCm", "Each dimension must be greater than 0 cm.");
        }

        if (input.DeclaredValue is null || input.DeclaredValue.Amount < 0)
        {
            throw new AdvisorInputException("declaredValue", "The declared value cannot be negative.");
        }
    }

    private LocalizedText? Exclusion(LogisticsChannel channel, LogisticsAdvisorInput input, ResolvedLocation destination, out TransitRange? transit, out ChannelRate? rate)
    {
        transit = _geography.MostSpecific(channel.TransitDays, t => t.To, destination);
        rate = _geography.MostSpecific(channel.Pricing.Rates, r => r.To, destination);
        var limits = channel.Limits;
        if (transit is null || rate is null)
        {
            return LocalizedText.Of($"Does not serve {destination.Id}.", $"不提供到 {destination.Id} 的服务。");
        }

        if (limits.MaxWeightKg is { } maxWeight && input.WeightKg > maxWeight)
        {
            return LocalizedText.Of($"Weight {input.WeightKg:0.###} kg is over its {maxWeight:0.###} kg limit.", $"重量 {input.WeightKg:0.###} 千克超过其 {maxWeight:0.###} 千克上限。");
        }

        if (input.DimensionsCm is { } dims)
        {
            if (limits.MaxLengthCm is { } maxLength && dims.LongestSideCm > maxLength)
            {
                return LocalizedText.Of($"Longest side {dims.LongestSideCm:0.#} cm is over its {maxLength:0.#} cm limit.", $"最长边 {dims.LongestSideCm:0.#} 厘米超过其 {maxLength:0.#} 厘米上限。");
            }

            if (limits.MaxSumOfSidesCm is { } maxSum && dims.SumOfSidesCm > maxSum)
            {
                return LocalizedText.Of($"Length + width + height {dims.SumOfSidesCm:0.#} cm is over its {maxSum:0.#} cm limit.", $"长宽高之和 {dims.SumOfSidesCm:0.#} 厘米超过其 {maxSum:0.#} 厘米上限。");
            }
        }

        if (input.ContainsBatteries && channel.Batteries == BatteryPolicy.Forbidden)
        {
            return LocalizedText.Of("Does not accept batteries.", "不接受带电池的货物。");
        }

        if (input.ContainsLiquids && channel.Liquids == LiquidPolicy.Forbidden)
        {
            return LocalizedText.Of("Does not accept liquids.", "不接受液体。");
        }

        return null;
    }

    private static decimal Cost(ChannelRate rate, decimal kg)
    {
        if (rate.PerKg is { } perKg)
        {
            return (rate.PerParcel ?? 0m) + perKg * kg;
        }

        var firstKg = rate.FirstKg ?? 0m;
        var stepKg = rate.StepKg is > 0 ? rate.StepKg.Value : 0.5m;
        var steps = kg > firstKg ? Math.Ceiling((kg - firstKg) / stepKg) : 0m;
        return (rate.PerParcel ?? 0m) + (rate.FirstPrice ?? 0m) + steps * (rate.StepPrice ?? 0m);
    }

    private static IEnumerable<ChannelRecommendation> Rank(List<Candidate> candidates, LogisticsAdvisorInput input, bool highValue)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var (costWeight, speedWeight) = input.Urgency switch
        {
            ShippingUrgency.Economy => (0.55m, 0.15m),
            ShippingUrgency.Fast => (0.15m, 0.6m),
            _ => (0.35m, 0.35m),
        };
        var trackingWeight = highValue ? 0.6m : input.NeedsTracking ? 0.25m : 0.05m;
        var returnsWeight = input.NeedsReturns ? 0.15m : 0m;
        var totalWeight = costWeight + speedWeight + trackingWeight + returnsWeight;
        var minCost = candidates.Min(c => c.Usd);
        var maxCost = candidates.Max(c => c.Usd);
        var minDays = candidates.Min(c => c.MeanDays);
        var maxDays = candidates.Max(c => c.MeanDays);

        return candidates.Select(c =>
        {
            var costScore = maxCost == minCost ? 1m : (maxCost - c.Usd) / (maxCost - minCost);
            var speedScore = maxDays == minDays ? 1m : (maxDays - c.MeanDays) / (maxDays - minDays);
            var tracking = c.Channel.Tracking switch { TrackingQuality.Full => 1m, TrackingQuality.Partial => 0.5m, _ => 0m };
            var returns = c.Channel.Returns switch { ReturnsSupport.Full => 1m, ReturnsSupport.Limited => 0.5m, _ => 0m };
            var score = (costWeight * costScore + speedWeight * speedScore + trackingWeight * tracking + returnsWeight * returns) / totalWeight * 100m;
            if (highValue && c.Channel.Tracking != TrackingQuality.Full)
            {
                score = Math.Max(0m, score - UntrackedHighValuePenalty);
            }

            var spread = c.Channel.Pricing.Approximate ? 0.1m : 0m;
            return new ChannelRecommendation
            {
                Channel = c.Channel,
                Score = Math.Round(score, 1),
                ChargeableWeightKg = c.ChargeableKg,
                VolumetricWeightKg = c.VolumetricKg,
                Days = new ValueRange(c.Transit.Min, c.Transit.Max, "days"),
                CostCny = new ValueRange(Math.Round(c.Cny * (1 - spread), 2), Math.Round(c.Cny * (1 + spread), 2), "CNY"),
                CostUsd = new ValueRange(Math.Round(c.Usd * (1 - spread), 2), Math.Round(c.Usd * (1 + spread), 2), "USD"),
                Approximate = c.Channel.Pricing.Approximate,
                Reasons = Reasons(c, input, highValue),
                SourceIds = c.Channel.Sources,
            };
        })
        // Without stock in the market, warehouse channels are not an alternative for this parcel, only a plan for
        // later: they come after the channels that can ship it from China today.
        .OrderBy(r => !input.HasStockInMarket && IsWarehouseBased(r.Channel))
        .ThenByDescending(r => r.Score)
        .ThenBy(r => r.CostUsd.Min)
        .ThenBy(r => r.Channel.Id, StringComparer.Ordinal);
    }

    private static List<LocalizedText> Reasons(Candidate c, LogisticsAdvisorInput input, bool highValue)
    {
        var reasons = new List<LocalizedText>
        {
            LocalizedText.Of($"About {c.Transit.Min:0}–{c.Transit.Max:0} days.", $"约 {c.Transit.Min:0}–{c.Transit.Max:0} 天。"),
            LocalizedText.Of($"About ¥{c.Cny:0.##} (${c.Usd:0.##}) for {c.ChargeableKg:0.###} kg chargeable.", $"按计费重 {c.ChargeableKg:0.###} 千克约 ¥{c.Cny:0.##}（{c.Usd:0.##} 美元）。"),
        };
        if (c.VolumetricKg is { } v && v > input.WeightKg)
        {
            reasons.Add(LocalizedText.Of($"Charged by volume: volumetric weight {v:0.###} kg exceeds the actual weight.", $"按体积计费：体积重 {v:0.###} 千克大于实重。"));
        }

        reasons.Add(c.Channel.Tracking switch
        {
            TrackingQuality.Full => LocalizedText.Of("Full end-to-end tracking.", "全程可追踪。"),
            TrackingQuality.Partial => LocalizedText.Of("Partial tracking only.", "仅部分节点可追踪。"),
            _ => LocalizedText.Of(input.NeedsTracking ? "No tracking, which you need." : "No tracking.", input.NeedsTracking ? "无物流跟踪，不符合您的要求。" : "无物流跟踪。"),
        });
        if (highValue && c.Channel.Tracking != TrackingQuality.Full)
        {
            reasons.Add(LocalizedText.Of("Risky for a high-value parcel: not fully tracked.", "高货值包裹风险较大：无法全程跟踪。"));
        }

        if (input.NeedsReturns)
        {
            reasons.Add(c.Channel.Returns switch
            {
                ReturnsSupport.Full => LocalizedText.Of("Handles returns.", "支持退货处理。"),
                ReturnsSupport.Limited => LocalizedText.Of("Limited returns handling.", "退货处理能力有限。"),
                _ => LocalizedText.Of("No returns handling.", "不支持退货。"),
            });
        }

        if (input.ContainsBatteries && c.Channel.Batteries == BatteryPolicy.ContainedOnly)
        {
            reasons.Add(LocalizedText.Of("Batteries only when installed in or packed with the device.", "仅接受内置或配套电池。"));
        }

        if (IsLocalDeliveryOnly(c.Channel))
        {
            reasons.Add(LocalizedText.Of(
                "Delivers from stock already in the market: days and cost are for the local delivery; add the head haul (sea, rail or air).",
                "从目的国仓库发货：天数和费用仅为本地派送，需另加头程（海运、铁路或空运）。"));
        }
        else if (IsWarehouseBased(c.Channel))
        {
            reasons.Add(LocalizedText.Of(
                "Ships stock in bulk to a warehouse in the market, then delivers locally: days and cost include the head haul; a plan for stock, not for a single parcel.",
                "批量发货到目的国仓库再本地派送：天数和费用已含头程；适合备货，而非单个包裹。"));
        }

        if (c.Channel.Ddp)
        {
            reasons.Add(LocalizedText.Of("DDP available: duties can be paid in advance.", "可选 DDP：关税可预先支付。"));
        }

        return reasons;
    }

    /// <summary>Fulfilment from stock that is already in the market: the data prices only the last mile.</summary>
    private static bool IsLocalDeliveryOnly(LogisticsChannel channel) => channel.Kind is
        ChannelKind.PlatformFulfilment or ChannelKind.OverseasWarehouse;

    private static bool IsWarehouseBased(LogisticsChannel channel) => channel.Kind is
        ChannelKind.PlatformFulfilment or ChannelKind.OverseasWarehouse or ChannelKind.SeaFreightWarehouse or
        ChannelKind.AirFreightWarehouse or ChannelKind.RailWarehouse;

    private sealed record Candidate(LogisticsChannel Channel, TransitRange Transit, decimal ChargeableKg, decimal? VolumetricKg, decimal Cny, decimal Usd)
    {
        public decimal MeanDays => (Transit.Min + Transit.Max) / 2m;
    }
}
