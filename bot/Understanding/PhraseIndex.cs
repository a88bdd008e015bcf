namespace CrossBorderBot.Understanding;

/// <summary>
/// A character trie over a list of phrases, so one pass over a message finds where every phrase occurs. Searching the
/// message once per phrase cost thousands of scans a message (each country, category and platform name with its
/// plural and singular forms); walking the trie from each position costs a few steps.
/// </summary>
/// <remarks>
/// A phrase is found either ignoring case (as <see cref="StringComparison.OrdinalIgnoreCase"/> compares) or exactly.
/// The case-blind trie folds with <see cref="char.ToUpperInvariant"/>, which agrees with that comparison on every
/// character but a few ('ſ' folds to 'S' yet is not equal to it ignoring case), so each case-blind hit is confirmed
/// with the comparison itself. Edges live in one dictionary keyed by node and
/// character instead of a dictionary per node, which keeps the index a few hundred kilobytes.
/// </remarks>
internal sealed class PhraseIndex
{
    private const int Root = 0;

    private readonly Dictionary<long, int> _foldedEdges = [];
    private readonly Dictionary<long, int> _exactEdges = [];
    private readonly List<List<int>?> _foldedEnds = [null];
    private readonly List<List<int>?> _exactEnds = [null];
    private readonly IReadOnlyList<(string Phrase, bool CaseSensitive)> _phrases;

    /// <param name="phrases">The phrases in the order their indexes are reported; empty phrases are never found.</param>
    public PhraseIndex(IReadOnlyList<(string Phrase, bool CaseSensitive)> phrases)
    {
        _phrases = phrases;
        for (var i = 0; i < phrases.Count; i++)
        {
            var (phrase, caseSensitive) = phrases[i];
            if (phrase.Length == 0)
            {
                continue;
            }

            if (caseSensitive)
            {
                Add(_exactEdges, _exactEnds, phrase, i, fold: false);
            }
            else
            {
                Add(_foldedEdges, _foldedEnds, phrase, i, fold: true);
            }
        }
    }

    /// <summary>Every (phrase index, start) where a phrase occurs in <paramref name="text"/>, overlaps included, in no set order.</summary>
    public List<(int Phrase, int Start)> Occurrences(string text)
    {
        var found = new List<(int Phrase, int Start)>();
        for (var start = 0; start < text.Length; start++)
        {
            Walk(_foldedEdges, _foldedEnds, text, start, fold: true, found);
            Walk(_exactEdges, _exactEnds, text, start, fold: false, found);
        }

        return found;
    }

    private static void Add(Dictionary<long, int> edges, List<List<int>?> ends, string phrase, int index, bool fold)
    {
        var node = Root;
        foreach (var c in phrase)
        {
            var key = Key(node, fold ? char.ToUpperInvariant(c) : c);
            if (!edges.TryGetValue(key, out var next))
            {
                next = ends.Count;
                ends.Add(null);
                edges[key] = next;
            }

            node = next;
        }

        (ends[node] ??= []).Add(index);
    }

    private void Walk(Dictionary<long, int> edges, List<List<int>?> ends, string text, int start, bool fold, List<(int Phrase, int Start)> found)
    {
        if (edges.Count == 0)
        {
            return;
        }

        var node = Root;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (!edges.TryGetValue(Key(node, fold ? char.ToUpperInvariant(c) : c), out node))
            {
                return;
            }

            if (ends[node] is { } phrases)
            {
                foreach (var phrase in phrases)
                {
                    if (!fold || text.AsSpan(start, i + 1 - start).Equals(_phrases[phrase].Phrase, StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add((phrase, start));
                    }
                }
            }
        }
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
