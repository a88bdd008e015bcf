using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Model;
using static CrossBorderBot.Knowledge.Advisors.LandedCostFormat;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The words of a landed cost about delivery terms (DDP/DDU) and rules past their recorded end.</summary>
internal static class LandedCostTerms
{
    /// <summary>Rules whose last recorded period ended before the shipment date: the date is past, not future, and the
    /// rule's successor is unknown — say so instead of applying or silently dropping it.</summary>
    public static void NotePastEnd(Market market, DateOnly asOf, List<LocalizedText> notes)
    {
        foreach (var rule in market.ImportRules)
        {
            if (rule.Periods.Count == 0 || rule.Periods.Any(p => p.From <= asOf && (p.To is null || asOf <= p.To)) ||
                rule.Periods.Any(p => p.From > asOf))
            {
                continue;
            }

            var end = rule.Periods.Max(p => p.To!.Value);
            notes.Add(T(
                $"{rule.Name.En}: the last recorded period ended on {Date(end)}, before this shipment date ({Date(asOf)}); what applies now is not recorded here and needs review.",
                $"{rule.Name.ZhCn}：最后记录的时段已于 {Date(end)} 结束，早于本次发货日期（{Date(asOf)}）；目前适用的规定未收录，需复核。"));
        }
    }

    public static LocalizedText TermsNote(LandedCostInput input, string currency, decimal taxes, decimal taxesMax, decimal paid, decimal paidMax)
    {
        if (input.Terms == Incoterm.Ddp)
        {
            return T(
                $"DDP: you pay the {Range(taxes, taxesMax)} {currency} of duty, taxes and fees before delivery; the buyer pays nothing at the door.",
                $"DDP：由您在派送前支付 {Range(taxes, taxesMax)} {currency} 的关税、税费和费用，买家签收时无需付款。");
        }

        return paidMax > 0
            ? T($"DDU: the buyer pays about {Range(paid, paidMax)} {currency} at the door (duty, tax and the carrier's fee).",
                $"DDU：买家签收时约需支付 {Range(paid, paidMax)} {currency}（关税、税款和承运商手续费）。")
            : T($"Nothing is collected from the buyer at the door for this shipment.", $"本票货物签收时不向买家收取任何费用。");
    }

    public static LocalizedText TermsAdvice(LandedCostInput input, Market market, CheckoutCollection? checkout, CheckoutCollection? optionalScheme, string currency, decimal atImport, decimal atImportMax)
    {
        var amount = Range(atImport, atImportMax);
        if (input.BuyerIsBusiness)
        {
            return T(
                $"For a business buyer the usual terms are FOB, CIF or DAP: the buyer imports the goods and pays about {amount} {currency} of duty and import tax at clearance (business buyers usually reclaim the VAT). Quote DDP only if you have an importer of record in {PlaceName.InSentence(market.Name.En)}.",
                $"对企业买家通常使用 FOB、CIF 或 DAP 条款：由买家进口并在清关时缴纳约 {amount} {currency} 的关税和进口税（企业买家一般可抵扣增值税）。只有在{market.Name.ZhCn}有进口记录人时才报 DDP。");
        }

        if (atImportMax <= 0)
        {
            return checkout is not null
                ? T($"Nothing is collected at delivery: the tax is charged at checkout ({checkout.Name.En}), so DDP and DDU come to the same for the buyer. Put the tax in your checkout price.",
                    $"签收时无需付款：税款在结账时收取（{checkout.Name.ZhCn}），对买家而言 DDP 与 DDU 相同。请把税款计入结账价格。")
                : T($"Nothing is due at delivery for this shipment (below the duty and tax thresholds), so DDU is fine.",
                    $"本票货物签收时无需缴纳任何税费（低于关税和税款起征点），DDU 即可。");
        }

        var alternative = optionalScheme is { } scheme && checkout is null
            ? T($" Or use {scheme.Name.En} so the tax is charged at checkout and nothing is due at the door.", $"或使用{scheme.Name.ZhCn}，在结账时收取税款，签收时无需付款。")
            : T($"", $"");
        return input.Terms == Incoterm.Ddp
            ? T($"DDP: you prepay about {amount} {currency} of duty, tax and carrier fees, so the buyer pays nothing at the door.{alternative.En}",
                $"DDP：您预付约 {amount} {currency} 的关税、税款和承运商费用，买家签收时无需付款。{alternative.ZhCn}")
            : T($"Ship DDP: under DDU the buyer would pay about {amount} {currency} at the door (duty, tax and the carrier's fee), and unexpected charges lead to refused parcels.{alternative.En}",
                $"建议 DDP：如用 DDU，买家签收时约需支付 {amount} {currency}（关税、税款和承运商手续费），意外收费常导致拒收。{alternative.ZhCn}");
    }
}
