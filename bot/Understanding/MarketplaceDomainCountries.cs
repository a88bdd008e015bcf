namespace CrossBorderBot.Understanding;

/// <summary>
/// The market a marketplace's country site names: "amazon.de" is Germany, "ebay.co.uk" the United Kingdom,
/// "amazon.co.jp" Japan, "mercadolibre.com.mx" Mexico. Sellers name markets by the site they sell on; the country is
/// the domain's country code (uk is the United Kingdom's gb). Generic domains (.com) name no country. Chinese sellers
/// name the site by the country's first characters and 站 ("Shopee马来站", "亚马逊美站", "Lazada菲站"): read only where a
/// marketplace is named (a "站" is a station otherwise), and only when the characters begin the Chinese name of exactly
/// one country, the longest such run before 站 winning.
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

    /// <summary>One country mention per "…站" whose characters before it begin one country's Chinese name.</summary>
    public static IEnumerable<EntityMention> FindChineseSites(string text, bool[] claimed, IReadOnlyList<VocabularyTerm> countries)
    {
        foreach (Match site in ChineseSiteRegex().Matches(text))
        {
            var before = site.Groups["before"];
            for (var length = before.Length; length >= 1; length--)
            {
                var start = before.Index + before.Length - length;
                var typed = text.Substring(start, length);
                var fits = countries.Where(country => country.ChineseName.StartsWith(typed, StringComparison.Ordinal)).Take(2).ToList();
                if (fits.Count == 1 && !PhraseMatcher.IsClaimed(claimed, start, start + length))
                {
                    PhraseMatcher.Claim(claimed, start, start + length);
                    yield return new EntityMention(EntityType.Country, start, length, fits[0].Id, typed);
                    break;
                }
            }
        }
    }

    // Up to three Chinese characters before 站 (a site); "站点" is any site, and "独立站" (an own website) names no country
    // ("Shopify独立站" is not Lithuania's 立).
    [GeneratedRegex(@"(?<before>[\u4e00-\u9fff]{1,3})(?<!独立)站(?!点)")]
    private static partial Regex ChineseSiteRegex();

    // A site name, a dot, an optional second-level part (co., com.), and a two-letter country code ending the domain.
    [GeneratedRegex(@"(?<![A-Za-z0-9.])[A-Za-z][A-Za-z0-9-]{1,30}\.(?:(?:co|com)\.)?(?<cc>[A-Za-z]{2})(?![A-Za-z0-9]|\.[A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DomainRegex();
}
