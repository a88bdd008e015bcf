using System.Text.RegularExpressions;

namespace CrossBorderBot.Understanding;

/// <summary>What stands right before each place some words are named in a message: the one loop behind
/// <see cref="NegatedMention"/> ("no batteries") and <see cref="ContainedMention"/> ("with a lithium battery").</summary>
public static class MentionPlaces
{
    /// <summary>True when <paramref name="words"/> stand in <paramref name="text"/> and every place follows <paramref name="lead"/>.</summary>
    public static bool EveryPlaceFollows(string text, string words, Regex lead)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return false;
        }

        var found = false;
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + words.Length, StringComparison.OrdinalIgnoreCase))
        {
            found = true;
            if (at == 0 || !lead.IsMatch(text[..at]))
            {
                return false;
            }
        }

        return found;
    }
}
