using System.Text.RegularExpressions;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A message that only closes the conversation, read part by part: every part thanks ("thanks a ton", "多谢啦"),
/// praises the help or the way it went ("really helpful", "very clear so far", "这个思路挺好", "帮大忙了"), says it is done
/// or pauses ("that's all i needed", "let's pause here", "that's it for today", "先这样", "先到这儿", "没别的了"), takes the
/// rest over or puts it off ("i'll handle the rest tomorrow", "i'll carry on tomorrow", "明天接着来", "剩下的我们先自己弄")
/// or says goodbye ("bye for now", "ciao", "再见", "再会"), with acknowledgements ("ok", "got it", "好嘞", "明白了") around
/// them. Beside a part that leaves, a declined "not now" and what the user must do meanwhile ("i have to check with our
/// forwarder first", "我得先问问供应商") are part of the goodbye; alone they close nothing. A message with any other part
/// ("thanks, the parcel is 3 kg", "no thanks") says more than closing, and acknowledgements alone ("ok", "got it")
/// answer a question.
/// </summary>
public static partial class ClosingWords
{
    /// <summary>Longer messages say more than a closing: nobody types a paragraph to say goodbye.</summary>
    private const int MaxLength = 120;

    /// <summary>
    /// <see cref="ClosingKind.Goodbye"/> when the message closes and one part says goodbye, done or taking the rest over;
    /// <see cref="ClosingKind.Thanks"/> when it only thanks or praises; <see cref="ClosingKind.None"/> when any part says more.
    /// </summary>
    public static ClosingKind Read(string? text) => Parts(text, anyUnknownWordEnds: true) is { } parts && parts.Unknown.Count == 0 ? parts.Kind : ClosingKind.None;

    /// <summary>
    /// The closing a message makes when a few of its words are ones no closing part knows ("多谢指点", "cheers mate,
    /// sorted", "ok thank you, that helps", "行，我晚点再来找你"): a message that thanks, says goodbye or pauses, and whose
    /// other words are at most <see cref="MostUnknownWords"/> English words or <see cref="MostUnknownCharacters"/> Chinese
    /// characters carrying nothing — no number, no question, no yes or no, no negation, and none that
    /// <paramref name="saysSomething"/> finds an answer or a fact in — closes as well. A list of closing words can never
    /// hold every word people put around their thanks; what matters is that the rest says nothing.
    /// </summary>
    /// <param name="saysSomething">True for words that answer a question or name a fact (the caller's slot vocabulary and recognizer).</param>
    public static ClosingKind ReadAround(string? text, Func<string, bool> saysSomething)
    {
        var kind = ReadAroundWords(text, saysSomething);
        return kind == ClosingKind.None && WithoutNextStepClauses(text, saysSomething) is { } rest ? ReadAroundWords(rest, saysSomething) : kind;
    }

    /// <summary>
    /// True when a clause only tells what the seller will do next or how someone else will take it ("will tell the buyer",
    /// "我回去跟合伙人商量一下", "partner says that works", "我先问问新娘要不要加头纱"): a plain statement, not a question to the
    /// bot, even with an embedded question after a verb of asking. Whether it names a fact is the caller's to check.
    /// </summary>
    public static bool TellsANextStep(string clause) =>
        CueBook.Get(Cue.ClosingNextStepClause).IsMatch(clause.Trim()) && !clause.Contains('?') && !clause.Contains('？');

    /// <summary>
    /// The message without its clauses that only say what the seller will do next or how others will take it, each clause
    /// naming no fact and asking nothing: beside a thanks, such a clause is part of the thanks ("thanks, will tell the
    /// buyer", "好，跟仓库说一声，谢谢指点"), however many words it has. A list of the words people put after their thanks
    /// can never be complete; the shape of a statement about one's own next step can. Null when no clause is such (or every
    /// one is: a thanks must remain).
    /// </summary>
    private static string? WithoutNextStepClauses(string? text, Func<string, bool> saysSomething)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var clauses = InterruptionDetector.Clauses(text);
        var kept = clauses.Where(clause => !(TellsANextStep(clause) && !CueBook.Get(Cue.ClosingSaysSomething).IsMatch(clause) && !saysSomething(clause))).ToList();
        return kept.Count == clauses.Count || kept.Count == 0 ? null : string.Join(", ", kept);
    }

    private static ClosingKind ReadAroundWords(string? text, Func<string, bool> saysSomething)
    {
        if (Parts(text, anyUnknownWordEnds: false) is not { } parts || parts.Kind == ClosingKind.None)
        {
            return ClosingKind.None;
        }

        var unknown = parts.Unknown.Where(word => !CueBook.Get(Cue.ClosingFiller).IsMatch(word)).ToList();
        if (unknown.Count == 0)
        {
            return parts.Kind;
        }

        // Only thanks or a goodbye carry other words: "that's all" or a pause beside them may be an answer ("only ceramic,
        // nothing else inside" answers what the parcel holds).
        if (!parts.ThanksOrBye)
        {
            return ClosingKind.None;
        }

        var latin = unknown.Count(word => !LanguageDetector.ContainsCjk(word));
        var chinese = unknown.Where(LanguageDetector.ContainsCjk).Sum(word => word.Length);
        var said = string.Join(" ", unknown);
        return latin <= MostUnknownWords && chinese <= MostUnknownCharacters && !CueBook.Get(Cue.ClosingSaysSomething).IsMatch(said) && !saysSomething(said)
            && unknown.All(word => !saysSomething(word))
            ? parts.Kind
            : ClosingKind.None;
    }

    /// <summary>
    /// True when the message only acknowledges ("ok", "好的", "cool cool 👍", "好滴👍"): acknowledgements, with nothing
    /// else but words and symbols that say nothing. Where no question waits (after a result) it closes like thanks.
    /// </summary>
    public static bool OnlyAcknowledges(string? text) =>
        Parts(text, anyUnknownWordEnds: false) is { Acknowledged: true, ThanksOrBye: false } parts && parts.Kind == ClosingKind.None && parts.Unknown.All(word => CueBook.Get(Cue.ClosingFiller).IsMatch(word));

    /// <summary>The most English words no closing part knows that a closing may carry ("that helps", "from me").</summary>
    private const int MostUnknownWords = 3;

    /// <summary>The most Chinese characters no closing part knows that a closing may carry ("指点", "有事").</summary>
    private const int MostUnknownCharacters = 4;

    /// <summary>
    /// The message read part by part: the kind of closing its known parts make, and the words between them no part
    /// knows (a Latin word, or a run of Chinese characters, each). Null when the message is empty or too long.
    /// </summary>
    /// <remarks>
    /// Reading stops (null) as soon as the answer can only be <see cref="ClosingKind.None"/>, so a message that is no
    /// closing ("ship 2 kg of shoes to Germany…", "30x20x15 cm") is not matched word by word to its end:
    /// with <paramref name="anyUnknownWordEnds"/> (<see cref="Read"/>) at the first unknown word; otherwise
    /// (<see cref="ReadAround"/>) at an unknown word without Chinese characters that <see cref="SaysSomething"/>
    /// matches. Such a word stays a word of its own (only Chinese runs are joined), is no filler, and makes the words
    /// <see cref="ReadAround"/> tests match as well (its matches sit inside the word, and a space there bounds a word as
    /// the string's edge does), so every path of <see cref="ReadAround"/> would give <see cref="ClosingKind.None"/>.
    /// </remarks>
    private static (ClosingKind Kind, bool ThanksOrBye, IReadOnlyList<string> Unknown, bool Acknowledged)? Parts(string? text, bool anyUnknownWordEnds) =>
        KeptParts.Get(text, anyUnknownWordEnds, ReadParts);

    // Every message is read here at least once a turn (the interruption check), and short replies ("yes", "standard",
    // "thanks") come again from every conversation; a reading depends on the text alone. A text longer than MaxLength is
    // read each time. The kept lists of unknown words are shared: read-only, never changed.
    private static readonly TextReadingMemo<bool, (ClosingKind Kind, bool ThanksOrBye, IReadOnlyList<string> Unknown, bool Acknowledged)?> KeptParts = new(MaxLength);

    private static (ClosingKind Kind, bool ThanksOrBye, IReadOnlyList<string> Unknown, bool Acknowledged)? ReadParts(string? text, bool anyUnknownWordEnds)
    {
        var rest = CueBook.Get(Cue.ClosingTrailingMarks).Replace(text?.Trim() ?? string.Empty, string.Empty);
        if (rest.Length == 0 || rest.Length > MaxLength)
        {
            return null;
        }

        var thanks = false;
        var leaving = false;
        var bye = false;
        var aside = false;
        var acknowledged = false;
        var unknown = new List<string>();
        var position = 0;
        var lastUnknownEnd = -1;
        while (position < rest.Length)
        {
            var part = CueBook.Get(Cue.ClosingPart).Match(rest, position);
            if (part.Success && part.Index == position && part.Length > 0)
            {
                thanks |= part.Groups["thanks"].Success || part.Groups["praise"].Success;
                leaving |= part.Groups["done"].Success || part.Groups["later"].Success || part.Groups["bye"].Success;
                bye |= part.Groups["bye"].Success;
                aside |= part.Groups["aside"].Success;
                acknowledged |= part.Groups["ack"].Success;
                position += part.Length;
                continue;
            }

            var word = CueBook.Get(Cue.ClosingUnknownWord).Match(rest, position);
            if (!word.Success || word.Index != position || word.Length == 0)
            {
                return null;
            }

            // One Chinese character at a time, so a known part may start at the next; a run of them is one unknown word.
            var value = word.Groups["word"].Value;
            if (anyUnknownWordEnds || (!LanguageDetector.ContainsCjk(value) && CueBook.Get(Cue.ClosingSaysSomething).IsMatch(value)))
            {
                return null;
            }

            if (lastUnknownEnd == word.Groups["word"].Index && LanguageDetector.ContainsCjk(value) && unknown.Count > 0 && LanguageDetector.ContainsCjk(unknown[^1]))
            {
                unknown[^1] += value;
            }
            else
            {
                unknown.Add(value);
            }

            lastUnknownEnd = word.Index + word.Length;
            position += word.Length;
        }

        var kind = leaving ? ClosingKind.Goodbye : thanks && !aside ? ClosingKind.Thanks : ClosingKind.None;
        return (kind, thanks || bye, unknown, acknowledged && !aside && !leaving && !thanks);
    }
}
