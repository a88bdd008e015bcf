namespace CrossBorderBot.Knowledge.Model;

/// <summary>Approximate reference rates to the US dollar (exchange-rates.yaml).</summary>
public sealed record ExchangeRates
{
    public string Base { get; init; } = "USD";

    public bool Approximate { get; init; }

    public LocalizedText? Note { get; init; }

    public IReadOnlyList<ExchangeRate> Rates { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly Reviewed { get; init; }

    /// <summary>
    /// The sources behind converting between <paramref name="currencies"/>: none when they are all one currency, else
    /// each rate's own source, or the general sources for a rate without one.
    /// </summary>
    public IReadOnlyList<string> SourcesFor(IEnumerable<string> currencies)
    {
        var distinct = currencies.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count < 2
            ? []
            : distinct.Where(c => c != "USD").SelectMany(c => Find(c)?.Source is { } own ? [own] : Sources).Distinct(StringComparer.Ordinal).ToList();
    }

    public bool Knows(string currency) =>
        string.Equals(currency, "USD", StringComparison.OrdinalIgnoreCase) || Find(currency) is not null;

    /// <summary>Converts an amount; null when either currency is unknown.</summary>
    public decimal? Convert(decimal amount, string fromCurrency, string toCurrency)
    {
        if (string.Equals(fromCurrency, toCurrency, StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        var from = PerUsd(fromCurrency);
        var to = PerUsd(toCurrency);
        if (from is null || to is null)
        {
            return null;
        }

        return amount / from.Value * to.Value;
    }

    public Money? Convert(Money money, string toCurrency) =>
        Convert(money.Amount, money.Currency, toCurrency) is { } amount
            ? new Money { Amount = amount, Currency = toCurrency.ToUpperInvariant() }
            : null;

    private decimal? PerUsd(string currency) =>
        string.Equals(currency, "USD", StringComparison.OrdinalIgnoreCase) ? 1m : Find(currency)?.PerUsd;

    private ExchangeRate? Find(string currency) =>
        Rates.FirstOrDefault(r => string.Equals(r.Currency, currency, StringComparison.OrdinalIgnoreCase));
}
