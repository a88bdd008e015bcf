namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The slot vocabulary's reading of a yes or no said about a question's topic anywhere in a clause.</summary>
public sealed partial class SlotVocabulary
{
    /// <summary>
    /// "退换货这一块我们暂时不考虑", "物流要能跟踪", "a tracking code is a must for us": a clause that names a yes/no question's
    /// topic answers it when, with the topic taken out, it says no (a negation that is no hedge, a word of not wanting)
    /// or yes (a yes, a need, a wish), whatever stands between — a pointing word, the subject, an adverb, an object — and
    /// wherever the topic stands. A clause that only names the topic ("品牌的话，…", "returns, …") lets the next one answer.
    /// A clause that asks ("does tracking cost extra", "要不要跟踪") says nothing. The topic may be said with its verb ("they
    /// can't be returned", "退不了", "follow where it is").
    /// </summary>
    private SlotReading? ReadTopicClause(string slot, SlotWords words, string normalized, int from)
    {
        if (!IsYesNo(words))
        {
            return null;
        }

        var clauses = SlotClauses.WithStarts(normalized).Where(clause => clause.Start >= from && clause.Clause.Trim().Length > 0).ToList();
        for (var index = 0; index < clauses.Count; index++)
        {
            var (clause, start) = clauses[index];
            if (NamedTopic(slot, clause, inflected: true) is not { } topic || AsksInstead().IsMatch(clause))
            {
                continue;
            }

            var rest = TopicOnly().Replace(SlotClauses.Core(WhiteSpace.Collapse(clause.Replace(topic, " ", StringComparison.Ordinal))), string.Empty).Trim();
            if (rest.Length == 0 && index + 1 < clauses.Count && !AsksInstead().IsMatch(clauses[index + 1].Clause))
            {
                rest = SlotClauses.Core(clauses[index + 1].Clause);
            }

            if (_yesNo.SaysNo(rest))
            {
                return new SlotReading(words.Negative ?? "no", start);
            }

            if (_yesNo.SaysYes(rest))
            {
                return new SlotReading("yes", start);
            }
        }

        return null;
    }

    // What a value's words mean under a negation: the value named for that ("not urgent" is economy), else the question's
    // negative answer, unless the value is that answer already.
    private static string? OppositeOf(SlotWords words, string value) =>
        words.Negated.GetValueOrDefault(value) ?? (value != words.Negative ? words.Negative : null);

    // True when one of the other slots' clear phrases is in the message.
    private bool NamesAnotherSlot(string slot, string normalized) =>
        _anywhereFinders.Any(finder => finder.Key != slot && finder.Value.Find(normalized).Count > 0);

    /// <summary>True when the message names any question's topic ("跟踪", "returns"): it is about a guide's question.</summary>
    public bool NamesAnyTopic(string? text) => Normalize(text) is { Length: > 0 } normalized && _topics.Keys.Any(slot => NamedTopic(slot, normalized) is not null);

    /// <summary>True when the message names <paramref name="slot"/>'s topic anywhere ("production", "资金", "of us").</summary>
    public bool NamesTopic(string slot, string? text) => NamedTopic(slot, Normalize(text)) is not null;

    /// <summary>
    /// True when a clause opens with the yes answer's words and goes on to deny them ("自己的品牌我们目前还没有", "tracking we
    /// don't need"): the topic said first, then the no.
    /// </summary>
    private bool IsDeniedAfter(string normalized, int start, int end)
    {
        // The denial may follow a time word ("我们目前还没有"), so the clause runs on to the next punctuation.
        var from = SlotClauses.Around(normalized, start).From;
        var to = normalized.IndexOfAny([',', '，', ';', '；', '。', '!', '！', '?', '？'], end) is var stop and >= 0 ? stop : normalized.Length;
        return normalized[from..start].Trim().Length == 0 && end < to && _yesNo.SaysNo(SlotClauses.Core(normalized[end..to]));
    }

    /// <summary>
    /// True when a clause names <paramref name="slot"/>'s topic (with its verb, "returned", "看到包裹") and no clause of the
    /// reply asks, negates (a hedge is no negation: "没问题", "no problem"), says the thing is not wanted or does not know.
    /// </summary>
    private bool NamesTopicPlainly(string slot, string normalized)
    {
        var clauses = SlotClauses.WithStarts(normalized).Select(clause => clause.Clause.Trim()).Where(clause => clause.Length > 0).ToList();
        if (!clauses.Any(clause => NamedTopic(slot, clause, inflected: true) is not null))
        {
            return false;
        }

        return !clauses.Any(clause => AsksInstead().IsMatch(clause) || _yesNo.SaysNo(clause) || IsUnknown(clause) || SlotDoubt.IsDoubt(clause));
    }

    // A clause that asks about the topic instead of saying yes or no: a question word first, or a yes-or-no pair.
    [GeneratedRegex(@"^(?:do|does|did|is|are|should|can|could|will|would|how|what|why|which|any)\b|吗|么|是否|要不要|需不需要|用不用|能不能|是不是|有没有|怎么|如何|多少|(\p{IsCJKUnifiedIdeographs})不\1")]
    private static partial Regex AsksInstead();

    // What is left of a clause that only names the topic: "的话", a dash, "as for", a possessive.
    [GeneratedRegex(@"^(?:的话|方面|这块|这一块|as\s+for|regarding|about|our|my|the|a|自己的|我们的|-|—|:|：|\s)+$")]
    private static partial Regex TopicOnly();
}
