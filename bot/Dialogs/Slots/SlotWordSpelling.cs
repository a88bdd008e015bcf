using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Mends one slip in a longer word of a reply ("other businesess", "custmers") to the vocabulary's word it can only be,
/// so the reply is read as if spelt right. Only words of six letters or more, absent from the vocabulary, with exactly
/// one vocabulary word one edit away, are mended: short words and words that could be two things stay as typed.
/// </summary>
internal sealed partial class SlotWordSpelling
{
    private const int MinimumWordLength = 6;

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordSpans;

    // The vocabulary's words by length: a word one edit away is at most one letter longer or shorter, so a typed word is
    // compared with three lengths' words instead of the whole vocabulary (this runs for replies on every guide turn).
    private readonly Dictionary<int, string[]> _wordsByLength;

    public SlotWordSpelling(IEnumerable<string> phrases)
    {
        _words = phrases.SelectMany(phrase => LatinWord().Matches(phrase).Select(match => match.Value))
            .Where(word => word.Length >= MinimumWordLength)
            .ToHashSet(StringComparer.Ordinal);
        _wordSpans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordsByLength = _words.GroupBy(word => word.Length).ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>The normalized reply with its mended words; null when no word needed mending.</summary>
    public string? Mend(string normalized)
    {
        // Most replies hold no long word outside the vocabulary: found out without building a new text.
        if (!HasUnknownLongWord(normalized))
        {
            return null;
        }

        var mended = false;
        var result = LatinWord().Replace(normalized, match =>
        {
            var typed = match.Value;
            if (typed.Length < MinimumWordLength || _words.Contains(typed))
            {
                return typed;
            }

            if (OnlyWordOneEditAway(typed) is not { } only)
            {
                return typed;
            }

            mended = true;
            return only;
        });
        return mended ? result : null;
    }

    private bool HasUnknownLongWord(string normalized)
    {
        foreach (var word in LatinWord().EnumerateMatches(normalized))
        {
            if (word.Length >= MinimumWordLength && !_wordSpans.Contains(normalized.AsSpan(word.Index, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    // The vocabulary's one word one edit away from the typed word; null when there is none or more than one.
    private string? OnlyWordOneEditAway(string typed)
    {
        string? only = null;
        for (var length = typed.Length - 1; length <= typed.Length + 1; length++)
        {
            if (!_wordsByLength.TryGetValue(length, out var words))
            {
                continue;
            }

            foreach (var word in words)
            {
                if (FuzzyNameMatcher.IsOneEditAway(typed, word))
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = word;
                }
            }
        }

        return only;
    }

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex LatinWord();
}
