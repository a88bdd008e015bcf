using CrossBorderBot.Knowledge.Model;
using static CrossBorderBot.Knowledge.Advisors.LandedCostFormat;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The VAT/GST part of a landed cost: its base (goods, shipping, duty, fees as the market counts them) and who collects it.</summary>
internal sealed class VatEstimator(LandedCostRules rules)
{
    private readonly LandedCostRules _rules = rules;

    public (decimal Min, decimal Max) Estimate(
        Market market,
        ImportRegime? regime,
        LandedCostInput input,
        decimal goods,
        decimal shipping,
        decimal customsValue,
        decimal duty,
        decimal dutyMax,
        decimal fees,
        string currency,
        CheckoutCollection? checkout,
        LandedCostCollection checkoutCollection,
        List<LandedCostLine> lines)
    {
        var vatRules = LandedCostRules.InForce(market, ImportRuleTarget.Vat, input.AsOf).ToList();
        if (SelfAccountedByBusiness(regime, input, goods, currency) is { } scheme)
        {
            // A consumer scheme's limit still decides the border: a registered business buying for its business is
            // charged nothing at checkout or at import within it and accounts for any tax itself.
            lines.Add(new LandedCostLine
            {
                Kind = LandedCostLineKind.Vat,
                Amount = Money(0m, currency),
                Rule = market.Vat.Name,
                Effective = scheme.From,
                Explanation = scheme.BusinessBuyers!,
                Collection = LandedCostCollection.NotDue,
                SourceIds = scheme.BusinessBuyers!.Sources ?? regime!.Sources,
            });
            return (0m, 0m);
        }

        var atCheckout = checkout is not null && checkout.Covers.Contains("vat");
        var vatExempt = vatRules.FirstOrDefault(r => _rules.IsExempt(r.Period, goods, currency));
        if (vatExempt.Rule is not null && !atCheckout)
        {
            lines.Add(Line(LandedCostLineKind.Vat, 0m, currency, vatExempt.Rule, vatExempt.Period, T(
                $"No {market.Vat.Name.En} at import: goods value is at or below the {Threshold(vatExempt.Period)} threshold.",
                $"进口环节免征{market.Vat.Name.ZhCn}：货值不超过 {Threshold(vatExempt.Period)}。")) with { Collection = LandedCostCollection.NotDue });
            return (0m, 0m);
        }

        var low = regime?.VatRange?.Min ?? market.Vat.StandardRatePercent;
        var high = regime?.VatRange?.Max ?? market.Vat.StandardRatePercent;
        if (high <= 0)
        {
            return (0m, 0m);
        }

        // At checkout the tax is on the sale price (goods + shipping); at import on the customs value plus duty and fees.
        var baseMin = atCheckout && regime?.VatInclusive != true ? goods + shipping : customsValue + (customsValue == goods ? shipping : 0m) + duty + fees;
        var baseMax = atCheckout && regime?.VatInclusive != true ? goods + shipping : customsValue + (customsValue == goods ? shipping : 0m) + dutyMax + fees;
        decimal Tax(decimal taxBase, decimal rate) => regime?.VatInclusive == true
            ? Math.Round(taxBase * rate / (100m - rate), 2)
            : Math.Round(taxBase * rate / 100m, 2);
        var vat = Tax(baseMin, low);
        var vatMax = Tax(baseMax, high);
        var how = atCheckout
            ? T($", charged at checkout ({checkout!.Name.En}); nothing at the border", $"，在结账时收取（{checkout!.Name.ZhCn}），入境时不再征收")
            : T($", at import", $"，进口环节征收");
        var rangeWhy = regime?.VatRange is { } r && r.Min != r.Max ? T($" ({r.Reason.En})", $"（{r.Reason.ZhCn}）") : T($"", $"");
        var inclusive = regime?.VatInclusive == true ? T($" calculated on a tax-inclusive basis", $"（价内计税）") : T($"", $"");
        var baseText = atCheckout && regime?.VatInclusive != true
            ? T($"the sale price {Fmt(baseMin)} {currency} (goods + shipping)", $"售价 {Fmt(baseMin)} {currency}（货值+运费）")
            : T($"goods + shipping + duty + fees ({Range(baseMin, baseMax)} {currency})", $"货值+运费+关税+费用（{Range(baseMin, baseMax)} {currency}）");
        var explanation = T(
            $"{Range(low, high)}% {market.Vat.Name.En}{rangeWhy.En}{inclusive.En} on {baseText.En}{how.En}.",
            $"按 {Range(low, high)}%{rangeWhy.ZhCn}{inclusive.ZhCn}对{baseText.ZhCn}计征{market.Vat.Name.ZhCn}{how.ZhCn}。");
        var rule = vatRules.FirstOrDefault();
        lines.Add(new LandedCostLine
        {
            Kind = LandedCostLineKind.Vat,
            Amount = Money(vat, currency),
            AmountMax = vatMax > vat ? vatMax : null,
            RuleId = rule.Rule?.Id,
            Rule = atCheckout ? checkout!.Name : rule.Rule?.Name ?? market.Vat.Name,
            Effective = atCheckout ? checkout!.From : rule.Period?.From,
            Explanation = explanation,
            Collection = atCheckout ? checkoutCollection : LandedCostCollection.AtImport,
            SourceIds = rule.Rule?.Sources ?? [],
        });
        return (vat, vatMax);
    }

    /// <summary>The checkout scheme a business buyer stays outside of while the shipment is within its limit, when
    /// the market lets such a buyer account for the tax itself (<see cref="CheckoutCollection.BusinessBuyers"/>).</summary>
    private CheckoutCollection? SelfAccountedByBusiness(ImportRegime? regime, LandedCostInput input, decimal goods, string currency) =>
        input.BuyerIsBusiness && regime?.Checkout is { BusinessBuyers: not null } scheme && _rules.WithinCheckout(scheme, goods, currency, input.AsOf)
            ? scheme
            : null;
}
