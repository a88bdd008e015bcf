using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Finds where one slot's "anywhere" phrases occur in a normalized message: its plain phrases through one
/// <see cref="PhraseIndex"/> pass, its "re:" patterns as parsed regexes. The guides and the router read every slot of a
/// message on every turn, and searching the text once per phrase was a tenth of a turn's CPU.
/// </summary>
/// <remarks>
/// Matches come back in the order searching phrase by phrase gave them (the slot's values in vocabulary order, each
/// value's phrases in order, each phrase's places left to right), because callers break ties by that order.
/// </remarks>
internal sealed class SlotPhraseFinder
{
    private readonly string[] _values;
    private readonly int[] _lengths;
    private readonly PhraseIndex _plain;
    private readonly (int Ordinal, Regex Pattern)[] _patterns;

    public SlotPhraseFinder(SlotWords words, Func<string, string> normalize, Func<string, Regex> pattern)
    {
        var phrases = words.Values.SelectMany(value => value.Value.Anywhere.Select(phrase => (Value: value.Key, Phrase: phrase))).ToList();
        _values = phrases.Select(p => p.Value).ToArray();

        // A pattern's place in the index is an empty phrase, which the index never finds.
        var plain = phrases.Select(p => SlotValueMatcher.IsPattern(p.Phrase) ? string.Empty : normalize(p.Phrase)).ToArray();
        _lengths = plain.Select(p => p.Length).ToArray();
        _plain = new PhraseIndex(plain.Select(p => (p, CaseSensitive: true)).ToList());
        _patterns = phrases.Select((p, i) => (Ordinal: i, p.Phrase))
            .Where(p => SlotValueMatcher.IsPattern(p.Phrase))
            .Select(p => (p.Ordinal, pattern(p.Phrase)))
            .ToArray();
    }

    /// <summary>Each (value, start, end) where one of the slot's phrases occurs in <paramref name="normalized"/>.</summary>
    public List<(string Value, int Start, int End)> Find(string normalized)
    {
        var hits = new List<(int Ordinal, int Start, int End)>();
        foreach (var (ordinal, start) in _plain.Occurrences(normalized))
        {
            var end = start + _lengths[ordinal];
            if (HasBoundaries(normalized, start, end))
            {
                hits.Add((ordinal, start, end));
            }
        }

        foreach (var (ordinal, pattern) in _patterns)
        {
            foreach (Match match in pattern.Matches(normalized))
            {
                hits.Add((ordinal, match.Index, match.Index + match.Length));
            }
        }

        hits.Sort();
        return hits.ConvertAll(hit => (_values[hit.Ordinal], hit.Start, hit.End));
    }

    // A phrase edge that is a Latin letter or digit needs a boundary ("no" is not inside "nothing"); a Chinese edge does
    // not, even beside Latin letters, because mixed writing joins them without spaces ("QC全检", "budget每月").
    private static bool HasBoundaries(string text, int start, int end) =>
        (!char.IsAsciiLetterOrDigit(text[start]) || IsWordBoundary(text, start - 1))
        && (!char.IsAsciiLetterOrDigit(text[end - 1]) || IsWordBoundary(text, end));

    // Latin words need boundaries ("no" is not inside "nothing"); Chinese has no spaces, so any position is a boundary.
    internal static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsAsciiLetterOrDigit(text[index]);
}
