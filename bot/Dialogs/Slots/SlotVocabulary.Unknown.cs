using System.Text.RegularExpressions;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// The vocabulary's don't-know: "no idea", "随便", "skip", also with the question's topic before it ("市场还没决定"), a
/// pointing word ("这个不太清楚"), the subject and a closing particle around it, or a doubt whether the thing is wanted.
/// </summary>
public sealed partial class SlotVocabulary
{
    /// <summary>The most a topic before a don't-know may be ("市场还没决定", "market not decided"): a word or two.</summary>
    private const int MaxTopicCharacters = 4;

    private const int MaxTopicWords = 2;

    /// <summary>
    /// True when the message says "I don't know / skip / whatever" (its first clause, or all of it), also after the
    /// words naming <paramref name="slot"/>'s topic ("box size unknown for now"), or doubts whether the thing asked is
    /// wanted ("not sure if we need tracking", "不知道要不要追踪").
    /// </summary>
    public bool IsUnknown(string? text, string slot)
    {
        var normalized = Normalize(text);
        return IsUnknown(normalized) || SlotDoubt.IsDoubt(normalized) || (WithoutTopic(slot, normalized) is { } rest && IsUnknown(rest));
    }

    /// <summary>True when the message says "I don't know / skip / whatever" (its first clause, or all of it).</summary>
    public bool IsUnknown(string? text)
    {
        // "这个不太清楚", "this one no idea": a word pointing at the question asked may stand before the don't-know; so may
        // the subject and its adverbs, and a particle may close it ("他们也说不准呢").
        var normalized = PointingLeadIn().Replace(Normalize(text), string.Empty).Trim();
        return SaysUnknown(normalized) || (SlotClauses.Core(normalized) is var core && core != normalized && SaysUnknown(core))
            || NotKnownYet(FirstClause().Split(normalized)[0]);
    }

    /// <summary>
    /// Not knowing or not having decided yet, said as a verb phrase rather than a fixed phrase of the list: a negation before a
    /// verb of knowing, deciding, planning or looking into ("haven't figured out returns yet", "we haven't looked into that",
    /// "认证这方面我们完全不了解", "税的事还没研究过", "要啥认证我们也搞不清"), a topic put off ("先放一放，以后再看") or left blank
    /// ("还是空白"). Never a question, and never a negation of doing ("never checked", "还没注册": those are a no).
    /// </summary>
    private static bool NotKnownYet(string normalized) =>
        normalized.Length > 0 && !normalized.Contains('?') && !normalized.Contains('？') && !AsksBack().IsMatch(normalized)
        && (NotKnownEnglish().IsMatch(normalized) || NotKnownChinese().IsMatch(normalized));

    // A question asked back ("what do you mean", "你说的是什么意思") is no don't-know.
    [GeneratedRegex(@"^(?:what|which|how|why|do|does|is|are|can|could)\b|什么意思|吗$", RegexOptions.IgnoreCase)]
    private static partial Regex AsksBack();

    [GeneratedRegex(@"^(?:(?:this|that)(?:\s+one)?[,\s]+|(?:这个|这块|这方面|这一项|这题|这点|那个)[，,\s]*)")]
    private static partial Regex PointingLeadIn();

    // A negation, a few words at most, then a verb of knowing, deciding, planning or looking into: "haven't figured out returns
    // yet", "we haven't looked into that at all", "not decided how", "haven't really thought about carriers". "plan to" is a
    // plan (a no when negated), not a don't-know.
    [GeneratedRegex(@"\b(?:haven'?t|have\s+not|hasn'?t|has\s+not|didn'?t|did\s+not|don'?t|do\s+not|not|never|yet\s+to)\s+(?:(?:yet|really|even|fully|quite|properly|ever|actually|much|seriously)\s+)*(?:look(?:ed)?\s+into|figur(?:e|ed)\s+(?:\w+\s+){0,2}?out|decid(?:e|ed)|thought\s+(?:about|of|through|it\s+through)|think\s+about|consider(?:ed)?|research(?:ed)?|work(?:ed)?\s+(?:\w+\s+)?out|plann(?:ed)?(?!\s+to\b)|plan(?!\s+to\b)|sort(?:ed)?\s+(?:\w+\s+)?out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotKnownEnglish();

    // "还没研究过", "没了解过", "完全不了解", "搞不清", "说不好", "还没挑", "先放一放", "以后再看", "还是空白". "没想到" (did not expect) is
    // none; nor "不想" (does not want to): that is a no.
    [GeneratedRegex(@"(?:没|没有|还没|还没有|从没|从来没|尚未|未)(?:怎么|仔细|好好|认真|具体)?(?:了解|研究|想(?!到)|考虑|规划|决定|确定|挑|选|定(?!制)|琢磨|弄清楚|搞清楚|搞明白|弄明白|摸清)|(?:不|不太|不怎么|完全不|根本不|也不|都不)(?:了解|清楚|明白|懂)|(?:搞|弄|闹|整|说|讲|想|摸)不(?:清|明白|懂|准|好|透)|放一放|(?:以后|之后|后面|往后)再(?:看|考虑|研究)|(?:还是|一片)空白|没(?:有)?头绪")]
    private static partial Regex NotKnownChinese();

    // "想卖到美国和英国，其他的还没想好": a not-yet after a real answer is no don't-know; only the first clause counts.
    [GeneratedRegex(@"[,，;；。!！]")]
    private static partial Regex FirstClause();

    // "市场还没决定", "market not decided yet": the question's own topic may stand before it, in a word or two (not a
    // yes-or-no pair: "要不要都可以" stays as the yes/no reader takes it).
    private bool SaysUnknown(string normalized) =>
        normalized.Length > 0 && (SlotClauses.Of(normalized).Any(_unknownWords.Contains)
            || _unknownPrefixes.Any(word => StartsWithPhrase(normalized, word))
            || _unknownPrefixes.Any(word => EndsWithPhraseAfterATopic(normalized, word)));

    /// <summary>
    /// True when the reply to <paramref name="slot"/>'s own question says the user cannot give the answer — does not know
    /// it ("no idea"), does not have it yet ("we haven't priced it", "国家还没选好") — so the slot's default is used.
    /// </summary>
    public bool SaysNotGiven(string slot, string? text) => IsUnknown(text, slot) || ReadAnswer(slot, text) is { IsDefault: true };

    private static bool EndsWithPhraseAfterATopic(string text, string phrase)
    {
        if (!text.EndsWith(phrase, StringComparison.Ordinal) || text.Length == phrase.Length)
        {
            return false;
        }

        var topic = text[..^phrase.Length].TrimEnd(' ', ',', '，');
        return LanguageDetector.ContainsCjk(topic)
            ? topic.Length <= MaxTopicCharacters && topic.All(c => !char.IsAsciiLetterOrDigit(c) && c is not ('不' or '没' or '否'))
            : topic.Length > 0 && char.IsWhiteSpace(text[^(phrase.Length + 1)]) && topic.Split(' ').Length <= MaxTopicWords && topic.All(c => char.IsAsciiLetter(c) || c == ' ');
    }

    private static bool StartsWithPhrase(string text, string phrase) =>
        text.StartsWith(phrase, StringComparison.Ordinal) && SlotPhraseFinder.IsWordBoundary(text, phrase.Length);
}
