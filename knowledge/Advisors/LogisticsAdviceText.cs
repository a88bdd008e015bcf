using System.Globalization;
using CrossBorderBot.Knowledge.Model;
using static CrossBorderBot.Knowledge.Advisors.LogisticsChannelKinds;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// The words of a logistics recommendation: the one-line verdict, each channel's reasons and the shipment's notes,
/// in English and Chinese, with numbers in the invariant culture.
/// </summary>
internal static class LogisticsAdviceText
{
    public static LocalizedText? Verdict(List<ChannelRecommendation> ranked, LogisticsAdvisorInput input, LogisticsShipment shipment, bool highValue)
    {
        if (ranked.Count == 0)
        {
            return null;
        }

        var best = ranked[0];
        var why = new List<(string En, string Zh)>();
        if (ranked.All(r => r.CostUsd.Min >= best.CostUsd.Min))
        {
            why.Add(("the cheapest option that can carry it", "能承运的选项中最便宜"));
        }

        if (ranked.All(r => r.Days.Min + r.Days.Max >= best.Days.Min + best.Days.Max))
        {
            why.Add(("the fastest", "最快"));
        }

        if (why.Count == 0)
        {
            why.Add(input.Urgency switch
            {
                ShippingUrgency.Fast => ("the best balance of speed and cost for an urgent shipment", "在加急需求下时效与成本最均衡"),
                ShippingUrgency.Economy => ("the best balance of cost and reliability for an economy shipment", "在经济需求下成本与可靠性最均衡"),
                _ => ("the best balance of cost and speed", "成本与时效最均衡"),
            });
        }

        if (best.Channel.Tracking == TrackingQuality.Full && (input.NeedsTracking || highValue))
        {
            why.Add((highValue ? "fully tracked for a high-value shipment" : "fully tracked as you need", highValue ? "高货值货物可全程追踪" : "满足全程追踪需求"));
        }

        if (input.NeedsReturns && best.Channel.Returns == ReturnsSupport.Full)
        {
            why.Add(("handles returns", "支持退货"));
        }

        if (input.LooseBatteries || input.ContainsBatteries)
        {
            why.Add(("accepts your batteries", "接受带电货物"));
        }

        var en = Say($"{best.Channel.Name.En} fits this {(shipment.Mode == ShipmentMode.Freight ? "shipment" : "parcel")} best (fit {best.Score:0}): {string.Join(", ", why.Select(w => w.En))}; about {best.Days.Min:0}–{best.Days.Max:0} days and ${best.CostUsd.Min:0.#}–{best.CostUsd.Max:0.#}.");
        var zh = Say($"{best.Channel.Name.ZhCn}最适合这{(shipment.Mode == ShipmentMode.Freight ? "批货" : "个包裹")}（匹配度 {best.Score:0}）：{string.Join("，", why.Select(w => w.Zh))}；约 {best.Days.Min:0}–{best.Days.Max:0} 天，{best.CostUsd.Min:0.#}–{best.CostUsd.Max:0.#} 美元。");
        if (ranked.Count > 1 && ranked[1].Score == best.Score)
        {
            en += Say($" It ties with {ranked[1].Channel.Name.En} at {best.Score:0} and comes first because it costs less (then: is faster).");
            zh += Say($"与{ranked[1].Channel.Name.ZhCn}同为 {best.Score:0} 分，因成本更低（其次更快）排在前面。");
        }

        return LocalizedText.Of(en, zh);
    }

    public static List<LocalizedText> Reasons(LogisticsCandidate c, LogisticsAdvisorInput input, LogisticsShipment shipment, bool highValue)
    {
        var reasons = new List<LocalizedText>
        {
            T($"About {c.Transit.Min:0}–{c.Transit.Max:0} days.", $"约 {c.Transit.Min:0}–{c.Transit.Max:0} 天。"),
            c.ChargedAs is { } charged
                ? T($"About ¥{c.Cny:0} (${c.Usd:0}) for {charged}.", $"按 {charged} 计约 ¥{c.Cny:0}（{c.Usd:0} 美元）。")
                : T($"About ¥{c.Cny:0.##} (${c.Usd:0.##}) for {c.ChargeableKg:0.###} kg chargeable.", $"按计费重 {c.ChargeableKg:0.###} 千克约 ¥{c.Cny:0.##}（{c.Usd:0.##} 美元）。"),
        };
        if (c.VolumetricKg is { } v && v > input.WeightKg)
        {
            reasons.Add(T($"Charged by volume: volumetric weight {v:0.###} kg exceeds the actual weight.", $"按体积计费：体积重 {v:0.###} 千克大于实重。"));
        }

        reasons.Add(c.Channel.Tracking switch
        {
            TrackingQuality.Full => T($"Full end-to-end tracking.", $"全程可追踪。"),
            TrackingQuality.Partial => T($"Partial tracking only.", $"仅部分节点可追踪。"),
            _ => input.NeedsTracking ? T($"No tracking, which you need.", $"无物流跟踪，不符合您的要求。") : T($"No tracking.", $"无物流跟踪。"),
        });
        if (highValue && c.Channel.Tracking != TrackingQuality.Full)
        {
            reasons.Add(T($"Risky for a high-value shipment: not fully tracked.", $"高货值货物风险较大：无法全程跟踪。"));
        }

        if (input.NeedsReturns)
        {
            reasons.Add(c.Channel.Returns switch
            {
                ReturnsSupport.Full => T($"Handles returns.", $"支持退货处理。"),
                ReturnsSupport.Limited => T($"Limited returns handling.", $"退货处理能力有限。"),
                _ => T($"No returns handling.", $"不支持退货。"),
            });
        }

        if ((input.ContainsBatteries || input.LooseBatteries) && c.Channel.Batteries == BatteryPolicy.ContainedOnly)
        {
            reasons.Add(T($"Batteries only when installed in or packed with the device.", $"仅接受内置或配套电池。"));
        }
        else if (input.LooseBatteries && c.Channel.Kind == ChannelKind.DedicatedLine)
        {
            reasons.Add(T($"Only on the provider's battery line, declared as UN3480/UN3090, with a surcharge.", $"只能走服务商的带电专线，按 UN3480/UN3090 申报，另收附加费。"));
        }

        if (IsLocalDeliveryOnly(c.Channel))
        {
            reasons.Add(T(
                $"Delivers from stock already in the market: days and cost are for the local delivery; add the head haul (sea, rail or air).",
                $"从目的国仓库发货：天数和费用仅为本地派送，需另加头程（海运、铁路或空运）。"));
        }
        else if (IsStockBased(c.Channel))
        {
            reasons.Add(T(
                $"Ships stock in bulk to a warehouse in the market, then delivers locally: days and cost include the head haul.",
                $"批量发货到目的国仓库再本地派送：天数和费用已含头程。"));
        }

        if (IsFreight(c.Channel))
        {
            if (c.Channel.Incoterms.Count > 0)
            {
                reasons.Add(IncotermText.Usual(c.Channel.Incoterms));
            }

            if (c.Channel.Clearance is { } clearance)
            {
                reasons.Add(clearance);
            }
        }
        else if (c.Channel.Ddp)
        {
            reasons.Add(T($"DDP available: duties can be paid in advance.", $"可选 DDP：关税可预先支付。"));
        }

        return reasons;
    }

    public static List<LocalizedText> Notes(LogisticsAdvisorInput input, LogisticsShipment shipment, decimal valueUsd, bool highValue)
    {
        var notes = new List<LocalizedText>();
        if (shipment.Mode == ShipmentMode.Freight)
        {
            notes.Add(shipment.VolumeCbm is { } volume
                ? T($"Shipped as freight: {Kg(input.WeightKg)}, about {volume:0.##} m³.", $"按货运处理：{KgZh(input.WeightKg)}，约 {volume:0.##} 立方米。")
                : T($"Shipped as freight: {Kg(input.WeightKg)}; no volume given, so sea and rail are priced by weight (1 t = 1 revenue tonne) — give the volume in m³ for a firmer price.",
                    $"按货运处理：{KgZh(input.WeightKg)}；未提供体积，海运和铁路按重量计价（1 吨 = 1 计费吨）——提供立方数可得更准的价格。"));
        }

        if (highValue)
        {
            notes.Add(T(
                $"Declared value about ${valueUsd:0}: prefer fully tracked, insured shipping; the destination may require a formal customs entry.",
                $"申报价值约 {valueUsd:0} 美元：建议选择全程跟踪并投保的渠道；目的国可能要求正式报关。"));
        }

        if (input.ContainsBatteries || input.LooseBatteries)
        {
            notes.Add(T(
                $"Batteries need a UN38.3 test report and MSDS; postal channels generally refuse loose batteries.",
                $"带电产品需提供 UN38.3 测试报告和 MSDS；邮政渠道通常不收纯电池。"));
        }

        return notes;
    }

    public static string Kg(decimal kg) => Say($"{kg:0.###} kg");

    public static string KgZh(decimal kg) => Say($"{kg:0.###} 千克");

    public static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static LocalizedText T(FormattableString en, FormattableString zh) => LocalizedText.Of(Say(en), Say(zh));
}
