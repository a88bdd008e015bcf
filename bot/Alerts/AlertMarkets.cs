using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Turns the places a user names (country codes and region ids from the recognizer) into the knowledge base's
/// market ids whose rules apply there: a country's own market and, for EU members, the EU's; a region's markets.
/// </summary>
public sealed class AlertMarkets(KnowledgeBase knowledgeBase)
{
    private const string EuropeanUnion = "eu";

    public IReadOnlyList<string> For(IEnumerable<string> locations)
    {
        var markets = new List<string>();
        foreach (var location in locations)
        {
            if (knowledgeBase.FindCountry(location) is { } country)
            {
                AddCountry(markets, country);
            }
            else if (knowledgeBase.FindMarket(location) is { } market)
            {
                markets.Add(market.Id);
            }
            else if (knowledgeBase.FindRegion(location) is { } region)
            {
                foreach (var member in knowledgeBase.Countries.Where(c => string.Equals(c.Region, region.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    AddCountry(markets, member);
                }
            }
        }

        return [.. markets.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>What the user may watch: a known market id.</summary>
    public bool IsMarket(string id) => knowledgeBase.FindMarket(id) is not null;

    /// <summary>A market's name as it reads inside the alert sentences and buttons ("the United Kingdom", "Germany", "英国").</summary>
    public string Name(string market, BotLanguage language) =>
        knowledgeBase.FindMarket(market) is { } known ? PlaceName.InSentence(known.Name, language) : market.ToUpperInvariant();

    private void AddCountry(List<string> markets, Country country)
    {
        if (knowledgeBase.FindMarket(country.Code) is not null)
        {
            markets.Add(country.Code);
        }

        if (country.Eu && knowledgeBase.FindMarket(EuropeanUnion) is not null)
        {
            markets.Add(EuropeanUnion);
        }
    }
}
