namespace CrossBorderBot.Understanding;

/// <summary>
/// Finds names typed with one slip ("shien", "amazn", "shopfy", "wallmart"): a Latin word of five letters or more that
/// is one insertion, deletion, substitution or swap of neighbours away from a one-word name of five letters or more.
/// Shorter names ("ebay", "temu") are left to exact matching, where one edit would hit ordinary words.
/// </summary>
internal sealed partial class FuzzyNameMatcher
{
    private const int MinimumLength = 5;

    /// <summary>
    /// The shortest word matched for vocabularies of ordinary words (product names like "jewelery" for "jewellery"):
    /// shorter ones are too often a different ordinary word one slip away.
    /// </summary>
    internal const int LongWordLength = 7;

    // Ordinary words one slip away from a platform name ("along" / Dalong, "sheen" / SHEIN).
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "along", "sheen", "koala", "kaolin", "shine", "shops", "sheet", "sheep", "alibi",
    };

    private readonly EntityType _kind;
    private readonly List<(string Name, string Id)> _names;
    private readonly int _minimumLength;

    public FuzzyNameMatcher(EntityType kind, IEnumerable<VocabularyTerm> terms, int minimumLength = MinimumLength)
    {
        _kind = kind;
        _minimumLength = minimumLength;
        _names = terms
            .SelectMany(t => t.EnglishPhrases.Select(p => (Name: p.ToLowerInvariant(), t.Id)))
            .Where(n => n.Name.Length >= minimumLength && n.Name.All(char.IsAsciiLetter))
            .DistinctBy(n => n.Name)
            .ToList();
    }

    public IEnumerable<EntityMention> Match(string text, bool[] claimed)
    {
        foreach (Match word in LatinWord().Matches(text))
        {
            if (word.Length < _minimumLength || PhraseMatcher.IsClaimed(claimed, word.Index, word.Index + word.Length))
            {
                continue;
            }

            var typed = word.Value.ToLowerInvariant();
            if (OrdinaryWords.Contains(typed))
            {
                continue;
            }

            var hit = ClosestSlip(typed);
            if (hit is null)
            {
                continue;
            }

            PhraseMatcher.Claim(claimed, word.Index, word.Index + word.Length);
            yield return new EntityMention(_kind, word.Index, word.Length, hit, word.Value);
        }
    }

    // The first name (in vocabulary order) the word is one slip away from.
    private string? ClosestSlip(string typed)
    {
        foreach (var (name, id) in _names)
        {
            if (name != typed && Math.Abs(name.Length - typed.Length) <= 1 && IsOneEditAway(typed, name))
            {
                return id;
            }
        }

        return null;
    }

    // Optimal string alignment distance ≤ 1: equal, or one substitution, insertion, deletion or swap of neighbours.
    // Checked in one pass from the first difference instead of filling the distance table (this runs for every
    // longer word of every message against every name).
    internal static bool IsOneEditAway(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var first = a.AsSpan().CommonPrefixLength(b);
        if (first == a.Length && first == b.Length)
        {
            return true;
        }

        var restA = a.AsSpan(Math.Min(first, a.Length));
        var restB = b.AsSpan(Math.Min(first, b.Length));
        if (a.Length == b.Length)
        {
            return restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }

    // A word of Latin letters: what both slip matchers (this one and PlaceSlipMatcher's names of words) compare.
    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])", RegexOptions.CultureInvariant)]
    internal static partial Regex LatinWord();
}
