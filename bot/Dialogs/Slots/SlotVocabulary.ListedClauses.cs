namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The slot vocabulary's reading of a message that lists its facts one per clause.</summary>
public sealed partial class SlotVocabulary
{
    /// <summary>
    /// "700g of candles to italy, no dims, standard, tracking yes": a message that lists its facts one per clause answers
    /// the slot in the clause that starts with the slot's topic ("tracking yes"), that names the topic in one of the
    /// slot's own answers ("no dims", "没尺寸"), or that is nothing but a short answer no other question shares ("standard").
    /// </summary>
    private SlotReading? ReadListedClause(string slot, string normalized)
    {
        var clauses = SlotClauses.Listed(normalized).Where(clause => clause.Length > 0).ToList();
        if (clauses.Count < 2)
        {
            return null;
        }

        foreach (var clause in clauses)
        {
            if (WithoutTopic(slot, clause) is { } rest && ReadAnswer(slot, rest) is { IsDefault: false } answer)
            {
                return answer with { Start = normalized.IndexOf(clause, StringComparison.Ordinal) };
            }

            var start = normalized.IndexOf(clause, StringComparison.Ordinal);
            var topic = NamedTopic(slot, clause);
            var ownAnswer = topic is not null || _answersOfOneSlot.GetValueOrDefault(clause) == slot
                ? _answerMatchers[slot].FirstOrDefault(matcher => matcher.Matches(clause))
                : null;
            if (ownAnswer is not null)
            {
                return new SlotReading(ownAnswer.Value, start);
            }

            // "要追踪", "no dims": the topic named with a short answer around it.
            if (topic is not null && clause.Replace(topic, " ", StringComparison.Ordinal).Trim() is { Length: > 0 } around
                && around != clause.Trim() && ReadAnswer(slot, around) is { IsDefault: false } shortAnswer)
            {
                return shortAnswer with { Start = start };
            }
        }

        return null;
    }

    // The slot's topic as the clause names it (longest first: "箱子尺寸" before "尺寸"), in the words said, as a word of its
    // own in English; a "re:" topic is a pattern for words that stand apart ("send these back", "看到包裹"). With
    // <paramref name="inflected"/>, an English topic word names its forms too ("return" is also "returned", "returning"),
    // so "they can't be returned" says no about returns (the yes/no reading only: elsewhere "marketing" names no market).
    private string? NamedTopic(string slot, string clause, bool inflected = false)
    {
        foreach (var topic in _topics.GetValueOrDefault(slot) ?? [])
        {
            if (SlotValueMatcher.IsPattern(topic))
            {
                if (Pattern(topic).Match(clause) is { Success: true } said)
                {
                    return said.Value;
                }
            }
            else if (clause.Contains(topic, StringComparison.Ordinal))
            {
                if (!char.IsAsciiLetter(topic[0]))
                {
                    return topic;
                }

                if (Pattern(AsWord(topic, inflected)).Match(clause) is { Success: true } word)
                {
                    return word.Value;
                }
            }
        }

        return null;
    }

    // An English topic as a whole word, with its inflected forms when asked: "return" → returns, returned, returning.
    private static string AsWord(string topic, bool inflected) =>
        "re:\\b" + Regex.Escape(topic) + (inflected && char.IsAsciiLetter(topic[^1]) ? "(?:s|es|d|ed|ing)?" : string.Empty) + "\\b";
}
