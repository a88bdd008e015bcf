namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The currency of a declared value said by a name several countries' money shares ("6000 pesos", "五千比索") follows the
/// place the parcel goes to: the Philippine peso for Manila, not the Mexican one the name is listed under. A name that
/// tells its country ("mexican pesos", "墨西哥比索") keeps it, and so do the currencies sellers price in (US dollars,
/// euros, pounds, yuan, yen: "200 dollars" to Sydney is the seller's US dollars). The names are the knowledge data's
/// (exchange-rates.yaml), so a market's currency added there is followed with no change here.
/// </summary>
public sealed class PlaceCurrency(KnowledgeBase knowledgeBase)
{
    // The currencies small exporters price and invoice in: a name of theirs is read as said wherever the parcel goes.
    private static readonly HashSet<string> PricingCurrencies = new(["USD", "EUR", "GBP", "CNY", "JPY"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The destination's currency when <paramref name="currency"/> was written (in <paramref name="moneyText"/>) by a name
    /// that ends one of the destination currency's own names ("pesos" of "philippine pesos"); null when it stays as read.
    /// </summary>
    public string? Follow(string? currency, string? moneyText, string? destination)
    {
        if (currency is null || string.IsNullOrWhiteSpace(moneyText) || destination is null || PricingCurrencies.Contains(currency)
            || knowledgeBase.FindMarket(destination)?.Currency is not { } local || string.Equals(local, currency, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var typed = NamesOf(currency).Where(name => moneyText.Contains(name, StringComparison.OrdinalIgnoreCase)).MaxBy(name => name.Length);
        if (typed is null)
        {
            return null;
        }

        // "philippine pesos" ends with the "pesos" typed, "菲律宾比索" with "比索": the typed name is the shared one.
        var shared = NamesOf(local).Any(name => name.Length > typed.Length && name.EndsWith(typed, StringComparison.OrdinalIgnoreCase)
            && (!char.IsAsciiLetter(typed[0]) || name[name.Length - typed.Length - 1] == ' '));
        return shared ? local.ToUpperInvariant() : null;
    }

    private IEnumerable<string> NamesOf(string currency) =>
        knowledgeBase.ExchangeRates.Rates.Where(rate => string.Equals(rate.Currency, currency, StringComparison.OrdinalIgnoreCase) && rate.Names is not null)
            .SelectMany(rate => rate.Names!.En.Concat(rate.Names.ZhCn)).Where(name => name.Length > 0);
}
