using CrossBorderBot.Knowledge.Model;
using static CrossBorderBot.Knowledge.Advisors.LogisticsAdviceText;
using static CrossBorderBot.Knowledge.Advisors.LogisticsChannelKinds;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// Ranks logistics channels for a shipment. It first decides parcel or freight from the weight, volume and pallets,
/// excludes what cannot or should not carry it (with the reason), estimates days and cost (chargeable weight includes
/// volumetric weight; freight is charged per revenue tonne or container), weighs cost, speed, tracking and returns by
/// the user's needs, orders by that score and says in one line which option fits best and why. With a shipment date it
/// also estimates the landed cost by the destination's import regime. Fulfilment from stock (FBA, overseas
/// warehouses) is offered only when the user keeps stock in the market, and a marketplace's own logistics only to a
/// seller on that marketplace. Numbers in the text use the invariant culture;
/// the caller's culture is left alone.
/// </summary>
public sealed class LogisticsAdvisor
{
    private readonly KnowledgeBase _kb;
    private readonly GeographyResolver _geography;
    private readonly LandedCostCalculator _landedCost;
    private readonly LogisticsRules _rules;

    public LogisticsAdvisor(KnowledgeBase knowledgeBase)
        : this(knowledgeBase, LogisticsRules.Default)
    {
    }

    public LogisticsAdvisor(KnowledgeBase knowledgeBase, LogisticsRules rules)
    {
        _kb = knowledgeBase;
        _rules = rules;
        _geography = new GeographyResolver(knowledgeBase);
        _landedCost = new LandedCostCalculator(knowledgeBase);
    }

    public LogisticsAdvice Recommend(LogisticsAdvisorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Validate(input);
        var destination = _geography.Resolve(input.Destination, "destination");
        var rates = _kb.ExchangeRates;
        var valueUsd = rates.Convert(input.DeclaredValue, "USD")?.Amount
            ?? throw new AdvisorInputException("declaredValue", $"Unknown currency '{input.DeclaredValue.Currency}'.");
        var highValue = valueUsd > _rules.HighValueUsd;
        var shipment = LogisticsShipment.Of(input, _rules);

        var candidates = new List<LogisticsCandidate>();
        var excluded = new List<ExcludedChannel>();
        foreach (var channel in _kb.LogisticsChannels)
        {
            var exclusion = Exclusion(channel, input, shipment, destination, out var transit, out var rate);
            if (exclusion is not null)
            {
                excluded.Add(new ExcludedChannel(channel, exclusion));
                continue;
            }

            var (cost, chargeable, volumetric, chargedAs) = Cost(channel, rate!, input, shipment);
            var cny = rates.Convert(cost, channel.Pricing.Currency, "CNY");
            var usd = rates.Convert(cost, channel.Pricing.Currency, "USD");
            if (cny is null || usd is null)
            {
                excluded.Add(new ExcludedChannel(channel, T(
                    $"No exchange rate for its price currency {channel.Pricing.Currency}.", $"缺少其计价币种 {channel.Pricing.Currency} 的汇率。")));
                continue;
            }

            candidates.Add(new LogisticsCandidate(channel, transit!, chargeable, volumetric, cny.Value, usd.Value, chargedAs, rate!));
        }

        var ranked = Rank(candidates, input, shipment, highValue);
        // A channel's pages include other markets' rules (the US postal-duty order); a result cites those of its destination.
        var shown = ranked.Take(Math.Max(1, input.MaxResults)).Select(r => r with { SourceIds = DestinationSources.For(_kb, r.SourceIds, destination) }).ToList();
        var notes = Notes(input, shipment, valueUsd, highValue);
        var landed = shown.Count > 0 && input.AsOf is { } asOf ? LandedCost(input, shipment, destination, shown[0], asOf) : null;
        return new LogisticsAdvice(destination, shown, excluded, notes)
        {
            Mode = shipment.Mode,
            Verdict = Verdict(ranked, input, shipment, highValue),
            LandedCost = landed,
            VolumeCbm = shipment.VolumeCbm,
        };
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

        if (input.VolumeCbm is <= 0 || input.Cartons is <= 0 || input.Pallets is < 0)
        {
            throw new AdvisorInputException("volumeCbm", "Volume, cartons and pallets must be positive.");
        }

        if (input.DeclaredValue is null || input.DeclaredValue.Amount < 0)
        {
            throw new AdvisorInputException("declaredValue", "The declared value cannot be negative.");
        }
    }

    private LocalizedText? Exclusion(LogisticsChannel channel, LogisticsAdvisorInput input, LogisticsShipment shipment, ResolvedLocation destination, out TransitRange? transit, out ChannelRate? rate)
    {
        transit = _geography.MostSpecific(channel.TransitDays, t => t.To, destination);
        rate = _geography.MostSpecific(channel.Pricing.Rates, r => r.To, destination);
        var limits = channel.Limits;
        if (transit is null || rate is null)
        {
            var where = _geography.SentenceNames([destination]);
            return T($"Does not serve {where.En}.", $"不提供到{where.ZhCn}的服务。");
        }

        if (channel.Platform is { } platform && !input.SellsOn.Contains(platform, StringComparer.Ordinal))
        {
            var name = _kb.FindPlatform(platform)?.Name ?? LocalizedText.Of(platform, platform);
            return T(
                $"Carries only orders placed on {name.En} (the platform's own logistics), not orders from your own store or other marketplaces; choose it if you sell there.",
                $"只承运{name.ZhCn}平台上的订单（平台自有物流），独立站或其他平台的订单不能用；如在该平台销售可选用。");
        }

        if (IsFreight(channel))
        {
            if (shipment.Mode == ShipmentMode.Parcel)
            {
                return T(
                    $"Freight service: a parcel of {Kg(input.WeightKg)} costs less by post, express or a line (freight pays from about {_rules.FreightAboveKg:0} kg or {_rules.FreightFromCbm:0.#} m³).",
                    $"货运服务：{KgZh(input.WeightKg)}的包裹走邮政、快递或专线更省（货运一般从约 {_rules.FreightAboveKg:0} 千克或 {_rules.FreightFromCbm:0.#} 立方米起才划算）。");
            }

            var revenue = shipment.RevenueTonnes(channel.Pricing.KgPerCbm);
            if (limits.MinVolumeCbm is { } minCbm && revenue < minCbm)
            {
                return T(
                    $"A full container pays off from about {minCbm:0.#} m³; this shipment is about {revenue:0.##} m³ — LCL or air is cheaper.",
                    $"整箱约 {minCbm:0.#} 立方米起才划算；本批货约 {revenue:0.##} 立方米，拼箱或空运更省。");
            }

            if (limits.MaxVolumeCbm is { } maxCbm && shipment.VolumeCbm is { } volume && volume > maxCbm)
            {
                return T(
                    $"About {volume:0.##} m³ is over the {maxCbm:0.#} m³ this service takes in one booking; a full container or truck is cheaper.",
                    $"约 {volume:0.##} 立方米超过该服务单票 {maxCbm:0.#} 立方米的上限，整箱或整车更省。");
            }

            if (limits.MaxWeightKg is { } maxFreightKg && input.WeightKg > maxFreightKg)
            {
                return T($"Weight {Kg(input.WeightKg)} is over its {Kg(maxFreightKg)} limit per booking.", $"重量 {KgZh(input.WeightKg)}超过其单票 {KgZh(maxFreightKg)}上限。");
            }

            if (limits.MinWeightKg is { } minKg && input.WeightKg < minKg && (shipment.VolumeCbm ?? 0m) * 1_000_000m / 6000m < minKg)
            {
                return T($"Charges at least {Kg(minKg)}; this shipment is lighter.", $"最低按 {KgZh(minKg)}计费，本批货更轻。");
            }
        }
        else
        {
            if (IsStockBased(channel) && !input.HasStockInMarket)
            {
                return T(
                    $"For stock you keep in the market (replenishment, delivered order by order), not for sending this shipment from China; choose it when you hold stock there.",
                    $"适用于在目的国备货（补货后逐单派送），而不是从中国发出这批货；在当地有库存时再选择。");
            }

            if (shipment.Mode == ShipmentMode.Freight && !MultiPieceExpress(channel, input, shipment))
            {
                return IsStockBased(channel)
                    ? T(
                        $"Delivers single orders from stock; a freight shipment is the restock itself — send it by sea, rail, road or air cargo to the warehouse.",
                        $"从库存逐单派送；这批货运本身就是补货——请用海运、铁路、公路或空运货运送到仓库。")
                    : T(
                        $"A shipment of {Kg(input.WeightKg)}{(shipment.VolumeCbm is { } v ? Say($" / {v:0.##} m³") : "")} is freight: this parcel service takes at most {Kg(limits.MaxWeightKg ?? _rules.FreightAboveKg)} a piece.",
                        $"{KgZh(input.WeightKg)}{(shipment.VolumeCbm is { } v2 ? Say($" / {v2:0.##} 立方米") : "")}的货物属于货运：该包裹服务每件最多 {KgZh(limits.MaxWeightKg ?? _rules.FreightAboveKg)}。");
            }

            if (limits.MaxWeightKg is { } maxWeight && shipment.PieceKg > maxWeight)
            {
                return T($"Weight {Kg(shipment.PieceKg)} is over its {Kg(maxWeight)} limit.", $"重量 {KgZh(shipment.PieceKg)}超过其 {KgZh(maxWeight)}上限。");
            }

            if (input.DimensionsCm is { } dims)
            {
                if (limits.MaxLengthCm is { } maxLength && dims.LongestSideCm > maxLength)
                {
                    return T($"Longest side {dims.LongestSideCm:0.#} cm is over its {maxLength:0.#} cm limit.", $"最长边 {dims.LongestSideCm:0.#} 厘米超过其 {maxLength:0.#} 厘米上限。");
                }

                if (limits.MaxSumOfSidesCm is { } maxSum && dims.SumOfSidesCm > maxSum)
                {
                    return T($"Length + width + height {dims.SumOfSidesCm:0.#} cm is over its {maxSum:0.#} cm limit.", $"长宽高之和 {dims.SumOfSidesCm:0.#} 厘米超过其 {maxSum:0.#} 厘米上限。");
                }
            }
        }

        var batteries = input.ContainsBatteries || input.LooseBatteries;
        if (batteries && channel.Batteries == BatteryPolicy.Forbidden)
        {
            return T($"Does not accept batteries.", $"不接受带电池的货物。");
        }

        if (input.LooseBatteries && channel.Batteries == BatteryPolicy.ContainedOnly)
        {
            return T(
                $"Does not accept batteries packed alone (power banks, spare cells: UN3480/UN3090); only batteries installed in or packed with a device.",
                $"不接受单独包装的电池（移动电源、备用电芯：UN3480/UN3090），只接受装在设备内或与设备同包装的电池。");
        }

        if (input.ContainsLiquids && channel.Liquids == LiquidPolicy.Forbidden)
        {
            return T($"Does not accept liquids.", $"不接受液体。");
        }

        return null;
    }

    private bool MultiPieceExpress(LogisticsChannel channel, LogisticsAdvisorInput input, LogisticsShipment shipment) =>
        channel.Kind == ChannelKind.Express && input.Cartons is > 1 && input.WeightKg <= _rules.MultiPieceExpressUpToKg &&
        (channel.Limits.MaxWeightKg is not { } max || shipment.PieceKg <= max);

    private (decimal Cost, decimal ChargeableKg, decimal? VolumetricKg, string? ChargedAs) Cost(LogisticsChannel channel, ChannelRate rate, LogisticsAdvisorInput input, LogisticsShipment shipment)
    {
        if (rate.PerContainer20 is { } c20 && rate.PerContainer40 is { } c40)
        {
            var volume = shipment.VolumeCbm ?? input.WeightKg / 333m;
            var (count20, count40) = Containers(volume, input.WeightKg);
            var cost = (rate.PerParcel ?? 0m) + count20 * c20 + count40 * c40;
            var what = count20 > 0 ? Say($"{count20} × 20' container") : Say($"{count40} × 40' high-cube container{(count40 > 1 ? "s" : "")}");
            return (cost, input.WeightKg, null, what);
        }

        if (rate.PerCbm is { } perCbm)
        {
            var revenue = Math.Max(shipment.RevenueTonnes(channel.Pricing.KgPerCbm), channel.Pricing.MinChargeableCbm);
            return ((rate.PerParcel ?? 0m) + perCbm * revenue, input.WeightKg, null, Say($"{revenue:0.##} revenue tonnes (W/M)"));
        }

        decimal? volumetric = null;
        if (channel.Pricing.VolumetricDivisor is { } divisor and > 0)
        {
            if (shipment.VolumeCbm is { } cbm && (IsFreight(channel) || input.Cartons is > 1))
            {
                volumetric = Math.Round(cbm * 1_000_000m / divisor, 3);
            }
            else if (input.DimensionsCm is { } dims)
            {
                volumetric = Math.Round(dims.VolumeCm3 / divisor, 3);
            }
        }

        var chargeable = Math.Max(Math.Max(input.WeightKg, volumetric ?? 0m), channel.Pricing.MinChargeableKg);
        if (rate.PerKg is { } perKg)
        {
            return ((rate.PerParcel ?? 0m) + perKg * chargeable, chargeable, volumetric, null);
        }

        var firstKg = rate.FirstKg ?? 0m;
        var stepKg = rate.StepKg is > 0 ? rate.StepKg.Value : 0.5m;
        var steps = chargeable > firstKg ? Math.Ceiling((chargeable - firstKg) / stepKg) : 0m;
        return ((rate.PerParcel ?? 0m) + (rate.FirstPrice ?? 0m) + steps * (rate.StepPrice ?? 0m), chargeable, volumetric, null);
    }

    /// <summary>The cheapest mix that holds the volume and weight: one 20-foot box when it fits, else 40-foot boxes.</summary>
    private (int Twenty, int Forty) Containers(decimal volume, decimal kg)
    {
        if (volume <= _rules.Container20.Cbm && kg <= _rules.Container20.Kg)
        {
            return (1, 0);
        }

        var forty = (int)Math.Ceiling(Math.Max(volume / _rules.Container40.Cbm, kg / _rules.Container40.Kg));
        return (0, Math.Max(1, forty));
    }

    private List<ChannelRecommendation> Rank(List<LogisticsCandidate> candidates, LogisticsAdvisorInput input, LogisticsShipment shipment, bool highValue)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var (costWeight, speedWeight) = input.Urgency switch
        {
            ShippingUrgency.Economy => _rules.Economy,
            ShippingUrgency.Fast => _rules.Fast,
            _ => _rules.Standard,
        };
        var trackingWeight = highValue ? _rules.TrackingWhenHighValue : input.NeedsTracking ? _rules.TrackingWhenNeeded : _rules.TrackingOtherwise;
        var returnsWeight = input.NeedsReturns ? _rules.ReturnsWhenNeeded : 0m;
        var totalWeight = costWeight + speedWeight + trackingWeight + returnsWeight;
        var minCost = candidates.Min(c => c.Usd);
        var minDays = candidates.Min(c => c.MeanDays);

        return candidates.Select(c =>
        {
            // Ratios to the best, not min–max: ten times the price must weigh more than twice the days.
            var costScore = c.Usd <= 0 ? 1m : minCost / c.Usd;
            var speedScore = c.MeanDays <= 0 ? 1m : minDays / c.MeanDays;
            var tracking = c.Channel.Tracking switch { TrackingQuality.Full => 1m, TrackingQuality.Partial => _rules.PartialTrackingCredit, _ => 0m };
            var returns = c.Channel.Returns switch { ReturnsSupport.Full => 1m, ReturnsSupport.Limited => _rules.LimitedReturnsCredit, _ => 0m };
            var score = (costWeight * costScore + speedWeight * speedScore + trackingWeight * tracking + returnsWeight * returns) / totalWeight * 100m;
            if (highValue && c.Channel.Tracking != TrackingQuality.Full)
            {
                score = Math.Max(0m, score - _rules.UntrackedHighValuePenalty);
            }

            var spread = c.Channel.Pricing.Approximate ? _rules.ApproximatePriceSpread : 0m;
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
                Reasons = Reasons(c, input, shipment, highValue),
                SourceIds = c.Channel.Sources,
                ChargedAs = c.ChargedAs,
                Rate = c.Rate,
            };
        })
        // Ordered by the score shown; between equal scores the cheaper, then the faster, comes first (the verdict says so).
        .OrderByDescending(r => r.Score)
        .ThenBy(r => r.CostUsd.Min)
        .ThenBy(r => r.Days.Min + r.Days.Max)
        .ThenBy(r => r.Channel.Id, StringComparer.Ordinal)
        .ToList();
    }

    /// <summary>
    /// True when the seller named only third-party online marketplaces: where a market moves low-value import tax to
    /// checkout, the marketplace charges it (the EU and UK make it the deemed supplier; Australia makes it collect GST),
    /// so the order arrives with nothing due at the door. Null — the market's usual case — when no platform was named
    /// or one of them is an own store or a B2B listing site, where the seller decides.
    /// </summary>
    private bool? MarketplaceCollectsTax(IReadOnlyList<string> sellsOn)
    {
        if (sellsOn.Count == 0)
        {
            return null;
        }

        var platforms = sellsOn.Select(_kb.FindPlatform).ToList();
        return platforms.All(p => p?.Classification is { Operator: PlatformOperator.ThirdParty, Service: PlatformService.OnlineTrading })
            ? true
            : null;
    }

    /// <summary>
    /// True when every platform the seller named sells business to business only (Alibaba.com, DHgate, Made-in-China):
    /// the buyer imports for its business, so consumer schemes (tax at checkout) do not apply even to a parcel.
    /// </summary>
    private bool SellsToBusinessesOnly(IReadOnlyList<string> sellsOn) =>
        sellsOn.Count > 0
        && sellsOn.Select(_kb.FindPlatform).All(p => p?.Classification.Models is { Count: > 0 } models
            && models.Contains(BusinessModel.B2B) && !models.Contains(BusinessModel.B2C));

    private LandedCostResult? LandedCost(LogisticsAdvisorInput input, LogisticsShipment shipment, ResolvedLocation destination, ChannelRecommendation best, DateOnly asOf)
    {
        try
        {
            // Shipping enters the customs value (CIF markets) and the VAT base: the middle of the best option's estimate.
            return _landedCost.Calculate(new LandedCostInput
            {
                Market = destination.Id,
                DeclaredValue = input.DeclaredValue,
                ShippingCost = new Money { Amount = Math.Round((best.CostUsd.Min + best.CostUsd.Max) / 2m, 2), Currency = "USD" },
                Category = input.Category,
                HsCode = input.HsCode,
                Terms = input.Terms,
                AsOf = asOf,
                TaxCollectedAtCheckout = input.TaxCollectedAtCheckout ?? MarketplaceCollectsTax(input.SellsOn),
                BuyerIsBusiness = shipment.Mode == ShipmentMode.Freight || SellsToBusinessesOnly(input.SellsOn),
            });
        }
        catch (AdvisorInputException)
        {
            // No import rules for this destination (a region, or a country the knowledge base has no market for).
            return null;
        }
    }
}
