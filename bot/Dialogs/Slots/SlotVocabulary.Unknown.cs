using System.Text.RegularExpressions;
using CrossBorderBot.Understanding;

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
        var normalized = CueBook.Get(Cue.UnknownSlotPointingLeadIn).Replace(Normalize(text), string.Empty).Trim();
        return SaysUnknown(normalized) || (SlotClauses.Core(normalized) is var core && core != normalized && SaysUnknown(core))
            || NotKnownYet(CueBook.Get(Cue.UnknownSlotFirstClause).Split(normalized)[0]);
    }

    /// <summary>
    /// Not knowing or not having decided yet, said as a verb phrase rather than a fixed phrase of the list: a negation before a
    /// verb of knowing, deciding, planning or looking into ("haven't figured out returns yet", "we haven't looked into that",
    /// "认证这方面我们完全不了解", "税的事还没研究过", "要啥认证我们也搞不清"), a topic put off ("先放一放，以后再看") or left blank
    /// ("还是空白"). Never a question, and never a negation of doing ("never checked", "还没注册": those are a no).
    /// </summary>
    private static bool NotKnownYet(string normalized) =>
        normalized.Length > 0 && !normalized.Contains('?') && !normalized.Contains('？') && !CueBook.Get(Cue.UnknownSlotAsksBack).IsMatch(normalized)
        && (CueBook.Get(Cue.UnknownSlotNotKnownEnglish).IsMatch(normalized) || CueBook.Get(Cue.UnknownSlotNotKnownChinese).IsMatch(normalized));

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
