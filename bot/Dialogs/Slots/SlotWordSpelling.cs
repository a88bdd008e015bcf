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

    public SlotWordSpelling(IEnumerable<string> phrases) =>
        _words = phrases.SelectMany(phrase => LatinWord().Matches(phrase).Select(match => match.Value))
            .Where(word => word.Length >= MinimumWordLength)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The normalized reply with its mended words; null when no word needed mending.</summary>
    public string? Mend(string normalized)
    {
        var mended = false;
        var result = LatinWord().Replace(normalized, match =>
        {
            var typed = match.Value;
            if (typed.Length < MinimumWordLength || _words.Contains(typed))
            {
                return typed;
            }

            var candidates = _words.Where(word => Math.Abs(word.Length - typed.Length) <= 1 && FuzzyNameMatcher.IsOneEditAway(typed, word)).Take(2).ToList();
            if (candidates is not [var only])
            {
                return typed;
            }

            mended = true;
            return only;
        });
        return mended ? result : null;
    }

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex LatinWord();
}
