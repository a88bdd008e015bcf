using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// Which import rules and checkout schemes apply to a shipment: rules in force on the date, thresholds and scopes
/// compared in the market's currency.
/// </summary>
internal sealed class LandedCostRules(KnowledgeBase knowledgeBase)
{
    private readonly KnowledgeBase _kb = knowledgeBase;

    public CheckoutCollection? CheckoutFor(ImportRegime? regime, decimal goods, string currency, LandedCostInput input)
    {
        if (regime?.Checkout is not { } scheme || input.BuyerIsBusiness || !WithinCheckout(scheme, goods, currency, input.AsOf))
        {
            return null;
        }

        // Where the law puts the tax at checkout it is there whatever the seller says; elsewhere it is the seller's choice.
        var used = scheme.Mandatory || (input.TaxCollectedAtCheckout ?? scheme.AssumedByDefault);
        return used ? scheme : null;
    }

    public bool WithinCheckout(CheckoutCollection scheme, decimal goods, string currency, DateOnly asOf)
    {
        var limit = _kb.ExchangeRates.Convert(scheme.UpTo.Amount, scheme.UpTo.Currency, currency);
        return asOf >= scheme.From && limit is not null && goods <= limit.Value;
    }

    public decimal ToMarket(Money money, string currency, string field) =>
        _kb.ExchangeRates.Convert(money.Amount, money.Currency, currency)
        ?? throw new AdvisorInputException(field, $"Unknown currency '{money.Currency}'.");

    public static IEnumerable<(ImportRule Rule, ImportRulePeriod Period)> InForce(Market market, ImportRuleTarget target, DateOnly asOf) =>
        market.ImportRules
            .Where(r => r.AppliesTo == target)
            .Select(r => (Rule: r, Period: r.Periods.FirstOrDefault(p => p.From <= asOf && (p.To is null || asOf <= p.To))))
            .Where(x => x.Period is not null)
            .Select(x => (x.Rule, x.Period!));

    public bool IsAboveScope(ImportRulePeriod period, decimal goods, string currency)
    {
        if (period.AppliesUpTo is not { } ceiling)
        {
            return false;
        }

        var limit = _kb.ExchangeRates.Convert(ceiling.Amount, ceiling.Currency, currency);
        return limit is not null && goods > limit.Value;
    }

    public bool IsExempt(ImportRulePeriod period, decimal goods, string currency)
    {
        if (period.ExemptUpTo is not { } threshold || threshold.Amount <= 0)
        {
            return false;
        }

        var limit = _kb.ExchangeRates.Convert(threshold.Amount, threshold.Currency, currency);
        return limit is not null && goods <= limit.Value;
    }

}
