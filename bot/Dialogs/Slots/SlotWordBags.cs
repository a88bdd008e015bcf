namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// The words each option of a question is said in — its phrases, the words written inside its patterns, and its "leans"
/// (words that point toward it without placing a reply alone) — cut into pieces: English words by their stem ("changes",
/// "changed" and "changing" are one piece), Chinese runs into two-character pieces ("大路货" gives 大路 and 路货), so a reply
/// in the seller's own words that no phrase places ("we copy what sells and swap the buckles and colours", "都是大路货，
/// 谁家都有") can still be placed by the option it shares the most pieces with. A piece that several options of the same
/// question hold tells them apart not at all and is not counted; a piece that options of many questions hold ("product",
/// "经验") counts less (its weight falls with the number of options holding it, as rare words tell more); the vocabulary's
/// family "sharedWords" ("the", "我们", "就行") counts for nothing.
/// </summary>
internal sealed partial class SlotWordBags
{
    // A reply's pieces must weigh this much together: one rare piece (held by one option in the whole vocabulary, weight
    // about 4.5) places a reply, one common piece alone (held by a dozen options, weight about 1.8) does not.
    private const double LeastWeight = 2.5;

    // The option taken must weigh half as much again as the next one: a reply leaning two ways about evenly ("thicker, but
    // similar") is left to the question's own retry.
    private const double LeadOverNext = 1.5;

    // Pieces (or, failing that, words of any length) a reply must hold before it is guessed from at all.
    private const int MinimumPieces = 2;

    // Each question's options with the pieces only that option of the question holds (a piece two options share tells
    // them apart not at all), kept once here rather than sorted out at every reply.
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _ownPieces;
    private readonly Dictionary<string, double> _weights;
    private readonly HashSet<string> _shared;

    public SlotWordBags(IReadOnlyDictionary<string, SlotWords> slots, IEnumerable<string> sharedWords)
    {
        _shared = sharedWords.SelectMany(word => Pieces(SlotVocabulary.Normalize(word))).ToHashSet(StringComparer.Ordinal);
        var pieces = slots.ToDictionary(
            slot => slot.Key,
            slot => slot.Value.Values.ToDictionary(
                value => value.Key,
                value => value.Value.Anywhere.Concat(value.Value.Answers).Concat(value.Value.Leans)
                    .SelectMany(word => Pieces(SlotValueMatcher.IsPattern(word) ? LiteralWords(word[3..]) : SlotVocabulary.Normalize(word)))
                    .Where(piece => !_shared.Contains(piece))
                    .ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
        var options = pieces.Values.SelectMany(values => values.Values).ToList();
        _weights = options.SelectMany(bag => bag).GroupBy(piece => piece, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => Math.Log((double)options.Count / group.Count()), StringComparer.Ordinal);
        _ownPieces = pieces.ToDictionary(
            slot => slot.Key,
            slot => slot.Value.ToDictionary(
                option => option.Key,
                option => option.Value.Where(piece => !slot.Value.Any(other => other.Key != option.Key && other.Value.Contains(piece))).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The option of <paramref name="slot"/> whose own pieces (those no other option of the slot holds) the normalized
    /// <paramref name="reply"/> shares the most weight of, when that weight is enough and clearly ahead of the next; else null.
    /// </summary>
    public string? Closest(string slot, string reply)
    {
        if (!_ownPieces.TryGetValue(slot, out var options) || options.Count < 2)
        {
            return null;
        }

        var said = Pieces(reply).Where(piece => !_shared.Contains(piece)).ToHashSet(StringComparer.Ordinal);

        // A bare word is too little to guess from: alone ("渠道", "carriers") it is as often the question's own subject or a
        // word several of its options' titles share, which the bags do not hold, as a leaning; the question's retry then
        // shows its choices instead of taking one the user may not have meant. One piece with more words around it ("有CB报告")
        // still counts.
        if (said.Count < MinimumPieces && Runs().Count(reply) < MinimumPieces)
        {
            return null;
        }

        var ranked = options
            .Select(option => (Value: option.Key, Weight: said.Where(option.Value.Contains).Sum(piece => _weights[piece])))
            .OrderByDescending(option => option.Weight)
            .ToList();
        return ranked[0].Weight >= LeastWeight && ranked[0].Weight >= LeadOverNext * ranked[1].Weight ? ranked[0].Value : null;
    }

    /// <summary>The pieces of a normalized text: English words (three letters or more) by their stem, Chinese runs in two-character pieces.</summary>
    public static IEnumerable<string> Pieces(string text)
    {
        foreach (Match run in Runs().Matches(text))
        {
            var word = run.Value;
            if (IsChinese(word[0]))
            {
                for (var i = 0; i + 1 < word.Length; i++)
                {
                    yield return word.Substring(i, 2);
                }
            }
            else if (word.Length >= 3)
            {
                yield return Stem(word);
            }
        }
    }

    /// <summary>
    /// The words a pattern writes out ("\b(?:tweaks?|changes?)\b" writes "tweaks" and "changes"), without what it only
    /// looks around for: a look-behind or look-ahead ("(?!\s+but)") names words the phrase must NOT stand beside.
    /// </summary>
    public static string LiteralWords(string pattern)
    {
        var text = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                // An escape (\b, \s, \u4e00) is no word: skip it and its code.
                i += i + 1 < pattern.Length && pattern[i + 1] == 'u' ? 5 : 1;
                text.Append(' ');
            }
            else if (pattern[i] == '[')
            {
                i = SkipTo(pattern, i, ']');
                text.Append(' ');
            }
            else if (pattern[i] == '{')
            {
                i = SkipTo(pattern, i, '}');
                text.Append(' ');
            }
            else if (pattern[i] == '(' && pattern.AsSpan(i).StartsWith("(?") && IsLookAround(pattern.AsSpan(i + 2)))
            {
                i = ClosingParenthesis(pattern, i);
                text.Append(' ');
            }
            else if (pattern[i] == '(' && pattern.AsSpan(i).StartsWith("(?<") )
            {
                // A named group "(?<n>…)": its name is no word.
                i = SkipTo(pattern, i, '>');
                text.Append(' ');
            }
            else
            {
                text.Append(char.IsAsciiLetterOrDigit(pattern[i]) || IsChinese(pattern[i]) || pattern[i] == '\'' ? pattern[i] : ' ');
            }
        }

        return text.ToString().ToLowerInvariant();
    }

    private static bool IsLookAround(ReadOnlySpan<char> afterQuestionMark) =>
        afterQuestionMark.StartsWith("=") || afterQuestionMark.StartsWith("!") || afterQuestionMark.StartsWith("<=") || afterQuestionMark.StartsWith("<!");

    private static int SkipTo(string pattern, int from, char end)
    {
        for (var i = from + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == end)
            {
                return i;
            }
        }

        return pattern.Length - 1;
    }

    private static int ClosingParenthesis(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipTo(pattern, i, ']');
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        return pattern.Length - 1;
    }

    /// <summary>
    /// A light English stem, enough to make a word's common forms one piece: "carries" → "carry", "designs" → "design",
    /// "changed", "changing", "changes" and "change" → "chang", "tooling" → "tool". Words it would cut below three letters stay whole.
    /// </summary>
    public static string Stem(string word)
    {
        if (!char.IsAsciiLetter(word[0]))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal) && stem.Length > 3)
        {
            stem = stem[..^1];
        }

        foreach (var ending in (string[])["ing", "ed"])
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= 3)
            {
                stem = stem[..^ending.Length];
                break;
            }
        }

        return stem.Length > 3 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    [GeneratedRegex(@"[a-z0-9']+|[\u4e00-\u9fff]+", RegexOptions.CultureInvariant)]
    private static partial Regex Runs();
}
