using System.Text.RegularExpressions;

namespace CrossBorderBot.Understanding;

/// <summary>
/// A marketplace's country site named the way Chinese sellers name it: the country's first characters and 站 ("Shopee马来站",
/// "亚马逊美站", "Lazada菲站", "日本站"). Read only in a message that names a marketplace (a "站" is a station otherwise),
/// and only when the characters begin the Chinese name of exactly one country: the longest such run before 站 wins.
/// </summary>
internal static partial class PlatformSiteCountries
{
    /// <summary>One country mention per site form whose characters begin one country's Chinese name.</summary>
    public static IEnumerable<EntityMention> Find(string text, bool[] claimed, IReadOnlyList<VocabularyTerm> countries)
    {
        foreach (Match site in Site().Matches(text))
        {
            var before = site.Groups["before"];
            for (var length = before.Length; length >= 1; length--)
            {
                var start = before.Index + before.Length - length;
                var typed = text.Substring(start, length);
                var fits = countries.Where(country => country.ChineseName.StartsWith(typed, StringComparison.Ordinal)).Take(2).ToList();
                if (fits.Count != 1 || PhraseMatcher.IsClaimed(claimed, start, start + length))
                {
                    continue;
                }

                PhraseMatcher.Claim(claimed, start, start + length);
                yield return new EntityMention(EntityType.Country, start, length, fits[0].Id, typed);
                break;
            }
        }
    }

    // Up to three Chinese characters before 站 (a site); "站点" is any site.
    [GeneratedRegex(@"(?<before>[\u4e00-\u9fff]{1,3})站(?!点)")]
    private static partial Regex Site();
}
