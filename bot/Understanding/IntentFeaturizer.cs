namespace CrossBorderBot.Understanding;

/// <summary>
/// Turns a message into the sparse features the intent classifier reads: words, word pairs and letter n-grams
/// for Latin text (so "platfrom" still looks like "platform"), character 1–3-grams for Chinese, and a
/// placeholder for each country, region, category, weight and amount (so "ship to Peru" looks like "ship to
/// Germany", however rare Peru is in the training examples).
/// </summary>
internal static class IntentFeaturizer
{
    /// <summary>Longest feature spelled on the stack; longer ones (a pasted token) are concatenated as strings.</summary>
    private const int MaxSpelled = 128;

    public static IReadOnlyList<string> Features(string text, IReadOnlyList<EntityMention> mentions)
    {
        text = MessageText.Clean(text);
        var units = Units(text, mentions);
        var features = new HashSet<string>(StringComparer.Ordinal);
        var spelled = features.GetAlternateLookup<ReadOnlySpan<char>>();
        var wordCount = 0;
        string? previousWord = null;
        var cjkRun = new List<string>();

        foreach (var unit in units)
        {
            if (unit.Kind == UnitKind.Break)
            {
                FlushCjk(cjkRun, features, ref wordCount);
                previousWord = null;
                continue;
            }

            if (unit.Kind == UnitKind.Cjk || (unit.Kind == UnitKind.Placeholder && cjkRun.Count > 0))
            {
                cjkRun.Add(unit.Value);
                if (unit.Kind == UnitKind.Placeholder)
                {
                    features.Add("e:" + unit.Value);
                }

                previousWord = unit.Kind == UnitKind.Placeholder ? unit.Value : null;
                continue;
            }

            FlushCjk(cjkRun, features, ref wordCount);
            wordCount++;
            if (unit.Kind == UnitKind.Placeholder)
            {
                features.Add("e:" + unit.Value);
            }
            else
            {
                AddSpelled(spelled, "w:", unit.Value);
                if (unit.Value.Length > 2)
                {
                    AddLetterGrams(unit.Value, spelled);
                }
            }

            if (previousWord is not null)
            {
                AddSpelled(spelled, "b:", previousWord, unit.Value);
            }

            previousWord = unit.Value;
        }

        FlushCjk(cjkRun, features, ref wordCount);

        features.UnionWith(IntentCues.Find(Normalize(text)));

        if (mentions.Any(m => m.Kind == EntityType.IssueType))
        {
            features.Add("i:any");
        }

        features.Add(wordCount switch
        {
            <= 1 => "len:1",
            2 => "len:2",
            <= 5 => "len:3-5",
            _ => "len:6+",
        });

        return features.ToList();
    }

    /// <summary>Lower-case, width-folded text with apostrophes dropped ("what's" → "whats", "ＵＳ" → "us").</summary>
    internal static string Normalize(string text) =>
        MessageText.Clean(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace("\u2019", string.Empty, StringComparison.Ordinal);

    private static List<Unit> Units(string text, IReadOnlyList<EntityMention> mentions)
    {
        // Issue and battery/liquid words stay in the text: they say as much about the intent as about the entity.
        var placeholders = mentions
            .Where(m => m.Kind is not (EntityType.IssueType or EntityType.SensitiveGoods) && m.Start >= 0 && m.End <= text.Length)
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.Length)
            .ToList();

        // Each stretch of text between entities is tokenised on its own, and each entity becomes one placeholder
        // unit, so nothing the user types can be mistaken for a placeholder.
        var units = new List<Unit>();
        var position = 0;
        foreach (var m in placeholders)
        {
            if (m.Start < position)
            {
                continue;
            }

            Tokenize(text[position..m.Start], units);
            units.Add(new Unit(UnitKind.Placeholder, "<" + m.Kind.Key().ToLowerInvariant() + ">"));
            position = m.End;
        }

        Tokenize(text[position..], units);
        return units;
    }

    private static void Tokenize(string segment, List<Unit> units)
    {
        var normalized = Normalize(segment);
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (LanguageDetector.IsCjk(c))
            {
                units.Add(new Unit(UnitKind.Cjk, c.ToString()));
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < normalized.Length && char.IsLetterOrDigit(normalized[i]) && !LanguageDetector.IsCjk(normalized[i]))
                {
                    i++;
                }

                units.Add(new Unit(UnitKind.Word, normalized[start..i]));
            }
            else
            {
                // Punctuation and spaces end a Chinese run, so n-grams do not cross clause boundaries.
                if (!char.IsWhiteSpace(c))
                {
                    units.Add(new Unit(UnitKind.Break, string.Empty));
                }

                i++;
            }
        }
    }

    private static void FlushCjk(List<string> run, HashSet<string> features, ref int wordCount)
    {
        if (run.Count == 0)
        {
            return;
        }

        // Two Han characters carry roughly one English word.
        wordCount += Math.Max(1, (run.Count + 1) / 2);
        for (var i = 0; i < run.Count; i++)
        {
            if (run[i].Length == 1)
            {
                features.Add("z:" + run[i]);
            }

            if (i + 1 < run.Count)
            {
                features.Add("z2:" + run[i] + run[i + 1]);
            }

            if (i + 2 < run.Count)
            {
                features.Add("z3:" + run[i] + run[i + 1] + run[i + 2]);
            }
        }

        run.Clear();
    }

    // The 3- and 4-letter grams of "^word$", each as "c:" and the gram. Each is spelled in a buffer and becomes a string
    // only when new to the set: one string for a new gram (the padded word's substring and "c:" with it were two), none
    // for a gram the message already gave ("shipping ... ship").
    private static void AddLetterGrams(string word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> features)
    {
        Span<char> gram = stackalloc char[6];
        gram[0] = 'c';
        gram[1] = ':';
        var padded = word.Length + 2;
        for (var n = 3; n <= 4; n++)
        {
            for (var i = 0; i + n <= padded; i++)
            {
                for (var k = 0; k < n; k++)
                {
                    var at = i + k;
                    gram[2 + k] = at == 0 ? '^' : at == padded - 1 ? '$' : word[at - 1];
                }

                features.Add(gram[..(n + 2)]);
            }
        }
    }

    // Adds prefix + word (+ " " + next), allocating the string only when the set does not hold it yet.
    private static void AddSpelled(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> features, string prefix, string word, string? next = null)
    {
        var length = prefix.Length + word.Length + (next is null ? 0 : next.Length + 1);
        if (length > MaxSpelled)
        {
            features.Set.Add(next is null ? prefix + word : prefix + word + " " + next);
            return;
        }

        Span<char> buffer = stackalloc char[length];
        prefix.CopyTo(buffer);
        word.CopyTo(buffer[prefix.Length..]);
        if (next is not null)
        {
            buffer[prefix.Length + word.Length] = ' ';
            next.CopyTo(buffer[(prefix.Length + word.Length + 1)..]);
        }

        features.Add(buffer);
    }

    private enum UnitKind
    {
        Word,
        Cjk,
        Placeholder,
        Break,
    }

    // A class, not a struct: a list of a reference type runs the runtime's one shared compiled copy, where a list of
    // this struct was JIT-compiled (a dozen methods) at every start; a message has a few dozen units.
    private sealed record Unit(UnitKind Kind, string Value);
}
