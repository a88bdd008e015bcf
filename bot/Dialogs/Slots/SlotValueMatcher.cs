using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// One slot value's words, prepared once for matching a reply: its plain words normalized into a set, its "re:"
/// patterns parsed, and the words long enough for a one-slip typo. Matching a reply used to normalize, look up and
/// (for patterns) re-parse every word of the value on every message.
/// </summary>
internal sealed class SlotValueMatcher
{
    private const int MinimumTypoWordLength = 5;
    private const int MinimumTypedLength = 4;

    private readonly HashSet<string> _words;
    private readonly Regex[] _patterns;
    private readonly string[] _typoWords;

    public SlotValueMatcher(string value, SlotValueWords words, Func<string, string> normalize, Func<string, Regex> pattern)
    {
        Value = value;
        var all = words.Answers.Concat(words.Anywhere).ToList();
        _words = all.Where(w => !IsPattern(w)).Select(normalize).ToHashSet(StringComparer.Ordinal);
        _patterns = all.Where(IsPattern).Select(pattern).ToArray();
        _typoWords = all.Select(normalize)
            .Where(w => !IsPattern(w) && w.Length >= MinimumTypoWordLength && w.All(c => char.IsAsciiLetter(c) || c == ' '))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    public string Value { get; }

    /// <summary>The clause is one of the value's words, or matches one of its patterns.</summary>
    public bool Matches(string clause) => MatchStart(clause) >= 0;

    /// <summary>Where in the clause the value's words begin (0 for a whole-clause word); -1 when they are not in it.</summary>
    public int MatchStart(string clause)
    {
        if (_words.Contains(clause))
        {
            return 0;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Match(clause) is { Success: true } match)
            {
                return match.Index;
            }
        }

        return -1;
    }

    /// <summary>One slip (a letter missing, extra, wrong or swapped) from one of the value's words of five letters or more.</summary>
    public bool IsTypoOf(string typed)
    {
        if (typed.Length < MinimumTypedLength)
        {
            return false;
        }

        foreach (var word in _typoWords)
        {
            if (Math.Abs(typed.Length - word.Length) <= 1 && FuzzyNameMatcher.IsOneEditAway(typed, word)
                && (!word.Contains(' ') || IsPhraseTypoOf(typed, word)))
            {
                return true;
            }
        }

        // "retail custmers": a phrase with one slip in one of its longer words, the other words as written.
        return typed.Contains(' ') && _typoWords.Any(word => word.Contains(' ') && IsPhraseTypoOf(typed, word));
    }

    private static bool IsPhraseTypoOf(string typed, string phrase)
    {
        var typedWords = typed.Split(' ');
        var phraseWords = phrase.Split(' ');
        if (typedWords.Length != phraseWords.Length)
        {
            return false;
        }

        var slips = 0;
        for (var i = 0; i < typedWords.Length; i++)
        {
            if (typedWords[i] == phraseWords[i])
            {
                continue;
            }

            if (phraseWords[i].Length < MinimumTypoWordLength || !FuzzyNameMatcher.IsOneEditAway(typedWords[i], phraseWords[i]))
            {
                return false;
            }

            slips++;
        }

        return slips == 1;
    }

    internal static bool IsPattern(string word) => word.StartsWith("re:", StringComparison.Ordinal);
}
