namespace CrossBorderBot.Understanding;

/// <summary>
/// The market a marketplace's country site names: "amazon.de" is Germany, "ebay.co.uk" the United Kingdom,
/// "amazon.co.jp" Japan, "mercadolibre.com.mx" Mexico. Sellers name markets by the site they sell on; the country is
/// the domain's country code (uk is the United Kingdom's gb). Generic domains (.com) name no country.
/// </summary>
internal static partial class MarketplaceDomainCountries
{
    /// <summary>One country mention per site whose country code is a known country, at the code's place in the text.</summary>
    public static IEnumerable<EntityMention> Find(string text, bool[] claimed, IReadOnlySet<string> countryCodes)
    {
        foreach (Match m in DomainRegex().Matches(text))
        {
            var code = m.Groups["cc"];
            var id = code.Value.ToLowerInvariant() is "uk" ? "gb" : code.Value.ToLowerInvariant();
            if (!countryCodes.Contains(id.ToUpperInvariant()) || PhraseMatcher.IsClaimed(claimed, code.Index, code.Index + code.Length))
            {
                continue;
            }

            PhraseMatcher.Claim(claimed, code.Index, code.Index + code.Length);
            yield return new EntityMention(EntityType.Country, code.Index, code.Length, id, m.Value);
        }
    }

    // A site name, a dot, an optional second-level part (co., com.), and a two-letter country code ending the domain.
    [GeneratedRegex(@"(?<![A-Za-z0-9.])[A-Za-z][A-Za-z0-9-]{1,30}\.(?:(?:co|com)\.)?(?<cc>[A-Za-z]{2})(?![A-Za-z0-9]|\.[A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DomainRegex();
}
