using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Names sellers misspell ("singapre", "itlay", "germnay", "alliexpress", "shoppe"): a word of five letters or more that no
/// text of the knowledge base uses, one edit (a letter added, dropped or changed, or two neighbours swapped) from exactly
/// one market's, country's or platform's one-word name — two edits from a name of nine letters or more. A word the
/// knowledge base itself writes ("sales", "order") is a word, never a misspelt name.
/// </summary>
internal sealed partial class NameTypos
{
    private const int ShortestWord = 5;
    private const int LongName = 9;

    private readonly List<(string Name, EntityKind Kind, string Id)> _names;
    private readonly HashSet<string> _vocabulary;

    public NameTypos(IEnumerable<(string Name, EntityKind Kind, string Id)> names, IEnumerable<string> knowledgeTexts)
    {
        _names = [.. names
            .Where(n => n.Name.Length >= ShortestWord && n.Name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            .Select(n => (n.Name.ToLowerInvariant(), n.Kind, n.Id))
            .Distinct()];
        _vocabulary = knowledgeTexts.SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The entry a misspelt word names, or null when it is a word, too short, or near no name or several.</summary>
    public (EntityKind Kind, string Id)? Read(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < ShortestWord || _vocabulary.Contains(lower))
        {
            return null;
        }

        var near = _names
            .Where(n => Edits(lower, n.Name, n.Name.Length >= LongName ? 2 : 1))
            .Select(n => (n.Kind, n.Id))
            .Distinct()
            .ToList();
        return near.Count == 1 ? near[0] : null;
    }

    // Whether a is within `allowed` edits of b (optimal string alignment: insert, delete, substitute, swap neighbours).
    private static bool Edits(string a, string b, int allowed)
    {
        if (Math.Abs(a.Length - b.Length) > allowed || a == b)
        {
            return false;
        }

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

        return d[a.Length, b.Length] <= allowed;
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
