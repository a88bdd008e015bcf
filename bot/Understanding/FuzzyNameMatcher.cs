using System.Text.RegularExpressions;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Finds names typed with one slip ("shien", "amazn", "shopfy", "wallmart"): a Latin word of five letters or more that
/// is one insertion, deletion, substitution or swap of neighbours away from a one-word name of five letters or more.
/// Shorter names ("ebay", "temu") are left to exact matching, where one edit would hit ordinary words.
/// </summary>
internal sealed partial class FuzzyNameMatcher
{
    private const int MinimumLength = 5;

    // Ordinary words one slip away from a platform name ("along" / Dalong, "sheen" / SHEIN).
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "along", "sheen", "koala", "kaolin", "shine", "shops", "sheet", "sheep", "alibi",
    };

    private readonly string _kind;
    private readonly List<(string Name, string Id)> _names;

    public FuzzyNameMatcher(string kind, IEnumerable<VocabularyTerm> terms)
    {
        _kind = kind;
        _names = terms
            .SelectMany(t => t.EnglishPhrases.Select(p => (Name: p.ToLowerInvariant(), t.Id)))
            .Where(n => n.Name.Length >= MinimumLength && n.Name.All(char.IsAsciiLetter))
            .DistinctBy(n => n.Name)
            .ToList();
    }

    public IEnumerable<EntityMention> Match(string text, bool[] claimed)
    {
        foreach (Match word in WordRegex().Matches(text))
        {
            if (word.Length < MinimumLength || PhraseMatcher.IsClaimed(claimed, word.Index, word.Index + word.Length))
            {
                continue;
            }

            var typed = word.Value.ToLowerInvariant();
            if (OrdinaryWords.Contains(typed))
            {
                continue;
            }

            var hit = _names.FirstOrDefault(n => n.Name != typed && Math.Abs(n.Name.Length - typed.Length) <= 1 && IsOneEditAway(typed, n.Name));
            if (hit.Id is null)
            {
                continue;
            }

            PhraseMatcher.Claim(claimed, word.Index, word.Index + word.Length);
            yield return new EntityMention(_kind, word.Index, word.Length, hit.Id, word.Value);
        }
    }

    // Optimal string alignment distance ≤ 1.
    internal static bool IsOneEditAway(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length] <= 1;
    }

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
