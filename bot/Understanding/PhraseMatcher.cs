namespace CrossBorderBot.Understanding;

/// <summary>
/// Finds vocabulary phrases (countries, regions, categories) in a message: longest phrase first, never two
/// on the same characters, English phrases only as whole words, Chinese phrases anywhere.
/// </summary>
internal sealed class PhraseMatcher
{
    // Upper-case words that are also everyday English words: matched only when typed in capitals ("LED").
    private static readonly HashSet<string> CaseSensitiveWords = new(StringComparer.Ordinal)
    {
        "LED", "US", "IT", "IN", "IS", "NO", "ID", "MY", "AT", "BE", "DO", "TO", "ME", "AM", "SO", "OR", "ON",
        "AS", "GO", "HI", "OK", "IF", "AN", "BY", "CO", "MA",
    };

    // Plurals whose singular is an everyday word of another meaning ("a light parcel", "a table of rates").
    private static readonly HashSet<string> AmbiguousSingulars = new(StringComparer.OrdinalIgnoreCase)
    {
        "lights", "tables", "trainers", "sites", "stores", "parts", "games",
    };

    private readonly List<Entry> _entries;
    private readonly PhraseIndex _index;

    public PhraseMatcher(IEnumerable<(EntityType Kind, VocabularyTerm Term)> terms)
    {
        _entries = [];
        foreach (var (kind, term) in terms)
        {
            foreach (var phrase in term.EnglishPhrases)
            {
                foreach (var variant in EnglishVariants(phrase))
                {
                    _entries.Add(new Entry(variant, kind, term.Id, IsChinese: false, CaseSensitiveWords.Contains(variant)));
                }
            }

            foreach (var phrase in term.ChinesePhrases)
            {
                // Chinese vocabulary sometimes holds Latin words ("LED灯", "T恤"); those need word boundaries too.
                var chinese = phrase.Any(LanguageDetector.IsCjk);
                _entries.Add(new Entry(phrase, kind, term.Id, IsChinese: chinese, CaseSensitive: false));
            }
        }

        // Longest first, so "South Africa" beats "Africa" and "phone cases" beats "phones".
        _entries.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        _index = new PhraseIndex(_entries.Select(e => (e.Phrase, e.CaseSensitive)).ToList());
    }

    /// <summary>Matches in <paramref name="text"/>, skipping characters already marked in <paramref name="claimed"/> (and marking its own).</summary>
    public IReadOnlyList<EntityMention> Match(string text, bool[] claimed)
    {
        var found = new List<EntityMention>();
        var occurrences = _index.Occurrences(text);
        if (occurrences.Count == 0)
        {
            return found;
        }

        // The index finds every place each phrase occurs in one pass over the text; deciding which of them count goes
        // phrase by phrase, longest first, then left to right, exactly as scanning the text for each phrase in turn did.
        occurrences.Sort();
        foreach (var (entryIndex, at) in occurrences)
        {
            var entry = _entries[entryIndex];
            var end = at + entry.Phrase.Length;
            if (!entry.IsChinese && !IsWholeWord(text, at, end))
            {
                continue;
            }

            if (IsClaimed(claimed, at, end))
            {
                continue;
            }

            Claim(claimed, at, end);
            found.Add(new EntityMention(entry.Kind, at, end - at, entry.Id, text[at..end]));
        }

        return found;
    }

    internal static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !IsWordChar(text[start - 1])) && (end >= text.Length || !IsWordChar(text[end]));

    internal static bool IsClaimed(bool[] claimed, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (claimed[i])
            {
                return true;
            }
        }

        return false;
    }

    internal static void Claim(bool[] claimed, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            claimed[i] = true;
        }
    }

    // Han characters are letters to .NET, but "发DHL到US" must still find "US": only Latin letters and digits
    // continue a word.
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c >= '\u00C0' && c <= '\u024F' && char.IsLetter(c));

    private static IEnumerable<string> EnglishVariants(string phrase)
    {
        yield return phrase;
        if (CaseSensitiveWords.Contains(phrase) || phrase.Length < 3 || !phrase.All(c => char.IsLetter(c) || c is ' ' or '-'))
        {
            yield break;
        }

        // Vocabulary lists the usual form; people type the other number too ("sneaker", "boxes").
        if (phrase.Length >= 6 && phrase.EndsWith('s') && !phrase.EndsWith("ss", StringComparison.Ordinal)
            && !phrase.EndsWith("ies", StringComparison.Ordinal) && !AmbiguousSingulars.Contains(phrase))
        {
            yield return phrase[..^1];
        }

        var last = phrase[^1];
        if (last is 's' or 'x' or 'h')
        {
            yield return phrase + "es";
        }
        else if (last == 'y' && !"aeiou".Contains(phrase[^2]))
        {
            yield return phrase[..^1] + "ies";
        }
        else
        {
            yield return phrase + "s";
        }
    }

    private sealed record Entry(string Phrase, EntityType Kind, string Id, bool IsChinese, bool CaseSensitive);
}
