namespace CrossBorderBot.Understanding;

/// <summary>What stands around each place some words are named in a message: the one loop behind
/// <see cref="NegatedMention"/> ("no batteries"), <see cref="ContainedMention"/> ("with a lithium battery") and
/// <see cref="HomeMention"/> ("a brand registered in China").</summary>
public static class MentionPlaces
{
    /// <summary>True when <paramref name="words"/> stand in <paramref name="text"/> and every place follows <paramref name="lead"/>.</summary>
    public static bool EveryPlaceFollows(string text, string words, Regex lead) =>
        EveryPlace(text, words, (start, _) => start > 0 && lead.IsMatch(text[..start]));

    /// <summary>
    /// True when <paramref name="words"/> stand in <paramref name="text"/> and <paramref name="saidSo"/> holds at every place
    /// (given where the words start and end).
    /// </summary>
    public static bool EveryPlace(string text, string words, Func<int, int, bool> saidSo)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return false;
        }

        var found = false;
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + words.Length, StringComparison.OrdinalIgnoreCase))
        {
            found = true;
            if (!saidSo(at, at + words.Length))
            {
                return false;
            }
        }

        return found;
    }
}
