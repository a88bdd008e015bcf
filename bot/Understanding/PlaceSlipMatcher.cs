namespace CrossBorderBot.Understanding;

/// <summary>
/// Finds country names typed with one slip where a plain word match cannot: a name of two or three words with one
/// letter missing, extra, wrong or swapped ("nwe zealand", "saudi arabai", "south kroea"), and a Chinese name of three
/// characters or more with one character wrong, as a pinyin keyboard gives it ("奥大利亚", "沙特阿拉拍", "新家坡").
/// </summary>
/// <remarks>
/// Guarded against ordinary words: a name of words needs one of its words typed exactly, and a Chinese name of three
/// characters may differ only in its first or middle character ("新加入" is "newly joined", not Singapore) and must keep
/// a character beyond the commonest ones ("多花多少" keeps only 多…多: it is "how much more", not Toronto). A slip that
/// fits two countries names neither. Only characters no other entity claimed are read.
/// </remarks>
internal sealed class PlaceSlipMatcher
{
    private const int ShortestChineseName = 3;
    private const int ShortestNameOfWords = 8;
    private const char Masked = '\0';

    // Characters so common in ordinary phrases that a three-character slip keeping only them is no name ("多花多少").
    private const string CommonestCharacters = "多少大小不了的是一有个上下中要到会能就也都还这那";

    // A Chinese name with one character masked → the country, or null when two countries share the masked form.
    private readonly Dictionary<string, string?> _chineseByMasked = new(StringComparer.Ordinal);
    private readonly int[] _chineseLengths;

    // Every Chinese place name of two characters or more, where names stand exactly ("柏林" is Berlin); the names a slip
    // is read for are those of three or more.
    private readonly HashSet<string> _exactChinesePlaces;
    private readonly List<(string[] Words, string Name, string Id)> _namesOfWords;

    public PlaceSlipMatcher(IEnumerable<VocabularyTerm> countries)
    {
        var terms = countries.ToList();
        foreach (var term in terms)
        {
            foreach (var name in term.ChinesePhrases.Where(IsChineseName).Distinct(StringComparer.Ordinal))
            {
                // The last character of a three-character name stays fixed: "新加入" must not be "新加坡".
                var positions = name.Length == ShortestChineseName ? name.Length - 1 : name.Length;
                for (var at = 0; at < positions; at++)
                {
                    if (name.Length == ShortestChineseName && name.Where((_, kept) => kept != at).All(CommonestCharacters.Contains))
                    {
                        continue;
                    }

                    var masked = Mask(name, at);
                    _chineseByMasked[masked] = _chineseByMasked.TryGetValue(masked, out var other) && other != term.Id ? null : term.Id;
                }
            }
        }

        _exactChinesePlaces = new(terms.SelectMany(t => t.ChinesePhrases).Where(n => n.Length >= 2 && n.All(LanguageDetector.IsCjk)), StringComparer.Ordinal);
        _chineseLengths = [.. _exactChinesePlaces.Where(IsChineseName).Select(n => n.Length).Distinct().OrderDescending()];
        _namesOfWords = [.. terms
            .SelectMany(t => t.EnglishPhrases.Select(p => (Phrase: p.ToLowerInvariant().Trim(), t.Id)))
            .Where(n => n.Phrase.Contains(' ') && n.Phrase.Length >= ShortestNameOfWords && n.Phrase.All(c => char.IsAsciiLetter(c) || c == ' '))
            .DistinctBy(n => n.Phrase)
            .Select(n => (n.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), n.Phrase, n.Id))];
    }

    /// <summary>
    /// Chinese names with a slip, read before exact place names: "印度尼西雅" holds "印度" (India) exactly, but it is
    /// Indonesia with one wrong character. Longest names first; a window that is a name exactly is left to the exact match.
    /// </summary>
    public IEnumerable<EntityMention> MatchChinese(string text, bool[] claimed) => ChineseSlips(text, claimed);

    /// <summary>Names of words with a slip, read after exact place names (a slip is never preferred to an exact word).</summary>
    public IEnumerable<EntityMention> MatchWords(string text, bool[] claimed) => SlipsInWords(text, claimed);

    private IEnumerable<EntityMention> ChineseSlips(string text, bool[] claimed)
    {
        var found = new List<EntityMention>();
        if (!text.Any(LanguageDetector.IsCjk))
        {
            return found;
        }

        // Where names stand exactly: a window may hold one whole with two characters or more besides ("印度" in "印度尼西雅"),
        // never part of one ("新西兰和澳大利亚" is two names, not a slip straddling them) nor one and a neighbour ("到俄罗斯" is
        // Russia, not a slip of "白俄罗斯"; "到柏林" is Berlin, not a slip of "都柏林", Dublin: two-character names count here).
        var exact = _exactChinesePlaces.SelectMany(name => Occurrences(text, name)).ToList();
        foreach (var length in _chineseLengths)
        {
            for (var start = 0; start + length <= text.Length; start++)
            {
                var window = text.Substring(start, length);
                var end = start + length;
                if (!window.All(LanguageDetector.IsCjk) || PhraseMatcher.IsClaimed(claimed, start, end) || _exactChinesePlaces.Contains(window)
                    || exact.Any(span => span.Start < end && span.End > start && (span.Start < start || span.End > end || length - (span.End - span.Start) < 2)))
                {
                    continue;
                }

                var ids = Enumerable.Range(0, length)
                    .Select(at => _chineseByMasked.TryGetValue(Mask(window, at), out var id) ? id : null)
                    .Where(id => id is not null)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (ids is [{ } only])
                {
                    PhraseMatcher.Claim(claimed, start, start + length);
                    found.Add(new EntityMention(EntityType.Country, start, length, only, window));
                }
            }
        }

        return found;
    }

    private IEnumerable<EntityMention> SlipsInWords(string text, bool[] claimed)
    {
        var words = FuzzyNameMatcher.LatinWord().Matches(text).ToList();
        var found = new List<EntityMention>();
        foreach (var (nameWords, name, id) in _namesOfWords)
        {
            for (var first = 0; first + nameWords.Length <= words.Count; first++)
            {
                // Every name is tried at every word, so the window is checked in place; its words are copied out only
                // for the few windows that pass (the copies were most of what a message's recognition allocated).
                var last = first + nameWords.Length - 1;
                var start = words[first].Index;
                var end = words[last].Index + words[last].Length;
                if (!WithinOneLetterOf(name, words, first, last) || PhraseMatcher.IsClaimed(claimed, start, end) || !OnlySpacesBetween(text, words, first, last))
                {
                    continue;
                }

                var run = words.GetRange(first, nameWords.Length);
                var typed = string.Join(' ', run.Select(w => w.Value.ToLowerInvariant()));
                var oneWordExact = run.Where((word, at) => string.Equals(word.Value, nameWords[at], StringComparison.OrdinalIgnoreCase)).Any();
                if (typed != name && oneWordExact && FuzzyNameMatcher.IsOneEditAway(typed, name))
                {
                    PhraseMatcher.Claim(claimed, start, end);
                    found.Add(new EntityMention(EntityType.Country, start, end - start, id, text[start..end]));
                }
            }
        }

        return found;
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            yield return (at, at + name.Length);
        }
    }

    // The words joined by single spaces (as the window is compared below) are one edit from the name only if their
    // length is within one of the name's: most windows fail this, and it costs no copy of the words (Latin letters keep
    // their length when lowered).
    private static bool WithinOneLetterOf(string name, List<Match> words, int first, int last)
    {
        var length = last - first;
        for (var at = first; at <= last; at++)
        {
            length += words[at].Length;
        }

        return Math.Abs(length - name.Length) <= 1;
    }

    private static bool OnlySpacesBetween(string text, List<Match> words, int first, int last)
    {
        for (var at = first; at < last; at++)
        {
            var gap = text.AsSpan(words[at].Index + words[at].Length, words[at + 1].Index - (words[at].Index + words[at].Length));
            if (gap.ContainsAnyExcept(' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChineseName(string name) => name.Length >= ShortestChineseName && name.All(LanguageDetector.IsCjk);

    private static string Mask(string name, int at) => string.Create(name.Length, (name, at), (span, state) =>
    {
        state.name.AsSpan().CopyTo(span);
        span[state.at] = Masked;
    });
}
