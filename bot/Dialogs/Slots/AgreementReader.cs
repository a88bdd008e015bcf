using System.Text.RegularExpressions;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Reads a reply that agrees with what was offered or says a thing was done, in the vocabulary's words ("yesNo":
/// 'confirmations', 'done', 'pastVerbs'): "yup, that's the problem", "没错，就是这种情况" confirm; "sent them our factory
/// invoices this morning", "通知看过了，期限是30天" say done — something done, told in the past, in the reply's first
/// clause, with no negation there ("haven't sent it yet", "还没弄好" are not done) and no question.
/// </summary>
public sealed partial class AgreementReader
{
    private readonly SlotYesNoReader _yesNo;
    private readonly Regex? _confirmation;
    private readonly Regex? _done;
    private readonly Regex _englishPast;

    public AgreementReader(SlotYesNoWords words, SlotYesNoReader yesNo)
    {
        _yesNo = yesNo;
        _confirmation = words.Confirmations.Count == 0 ? null
            // "fine, let's go with it", "行，就照这个办": an acknowledgement may stand before the confirmation.
            : new Regex($@"^(?:(?:oh|ah|ok|okay|yes|yeah|yep|yup|sure|fine|alright|well|嗯|对|行|好|好的|那)[,，\s]*)*(?:{Alternation(words.Confirmations)})(?![a-z])", RegexOptions.CultureInvariant);
        _done = words.Done.Count == 0 ? null : new Regex(Alternation(words.Done), RegexOptions.CultureInvariant);
        var irregular = words.PastVerbs.Count == 0 ? string.Empty : "|" + Alternation(words.PastVerbs);
        _englishPast = new Regex(
            $@"^(?:(?:ok|okay|alright|right|so|yes|yep|yeah|sure|already|just|all|also|i|we|i've|we've|ive|weve|i\s+have|we\s+have|have|finally)[,\s]+)*(?:(?!(?:need|feed|seed|speed|bleed|breed|proceed|succeed|exceed|indeed)\b)[a-z]{{2,}}ed\b{irregular})",
            RegexOptions.CultureInvariant);
    }

    /// <summary>True when the reply confirms what was offered: a confirmation or a yes opens it (a yes with no negation).</summary>
    public bool Confirms(string? text)
    {
        var normalized = SlotVocabulary.Normalize(text);
        if (normalized.Length == 0 || Asks(text))
        {
            return false;
        }

        // "没错" opens with "没" and confirms: a confirmation is read before a no.
        return _confirmation?.IsMatch(normalized) == true || _yesNo.IsAffirmation(normalized);
    }

    /// <summary>True when the reply's first clause says something was done, with no negation in it and no question.</summary>
    public bool SaysDone(string? text)
    {
        var first = FirstClause().Match(SlotVocabulary.Normalize(text)).Value.Trim();
        if (first.Length == 0 || Asks(text) || _yesNo.IsNegation(first) || _yesNo.SaysNo(first) || Unfinished().IsMatch(first))
        {
            return false;
        }

        return _done?.IsMatch(first) == true || _englishPast.IsMatch(first) || ChineseCompleted().IsMatch(first) || ObjectThenDone().IsMatch(first);
    }

    private static bool Asks(string? text) => text is not null && (text.Contains('?') || text.Contains('？') || ChineseQuestion().IsMatch(text));

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Select(SlotVocabulary.Normalize).Where(w => w.Length > 0).OrderByDescending(w => w.Length)
            .Select(w => w.All(c => c < 0x2E80) ? $@"\b{Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}\b" : Regex.Escape(w)));

    [GeneratedRegex(@"^[^,，;；.。!！]*")]
    private static partial Regex FirstClause();

    // "photos of the damage collected", "carrier claim filed this afternoon", "size chart updated": what was done named first,
    // then a verb of doing in the past, then a time at most. A state told the same way ("parcel delayed", "account got
    // suspended") is no step done: only verbs of doing count, and no "is", "got", "has" may stand in the clause.
    [GeneratedRegex(@"^(?:(?:ok|okay|alright|right|so|and|yes|yeah|yep)[,\s]+)*(?!.*(?:is|are|was|were|got|gets|been|has|have|had|being))(?:[a-z][a-z'-]*\s+){1,6}(?:all\s+|now\s+|already\s+|just\s+)?(?:collected|gathered|updated|filed|sent|uploaded|submitted|prepared|printed|fixed|changed|checked|contacted|emailed|called|paid|booked|registered|translated|added|removed|taken|done|made|written|answered|replied|saved|downloaded|signed|applied|posted|ordered|requested|finished|sorted|handled|completed|arranged|refunded|reshipped|packed|labell?ed|listed|delisted|appealed|verified|confirmed|compared|measured|photographed|documented)(?:\s+(?:today|yesterday|already|too|as\s+well|this\s+(?:morning|afternoon|evening|week)|last\s+night|now|over))*$")]
    private static partial Regex ObjectThenDone();

    // "上传了", "核对完了": a Chinese verb with its sign of completion closing the clause; "算了一下", "过了一遍": with the
    // measure of a short action after it (a look taken, a count made), which tells the same.
    [GeneratedRegex(@"[\u4e00-\u9fff](?:了|过了|完了|好了|掉了)(?:一下|下|一遍|一轮)?$")]
    private static partial Regex ChineseCompleted();

    [GeneratedRegex(@"[吗呢么](?:[?？]|$)")]
    private static partial Regex ChineseQuestion();

    // "还在弄", "not yet", "still working on it": under way is not done.
    [GeneratedRegex(@"\bnot\s+yet\b|\bstill\b|还在|正在|在弄|在做|还没|没有|未")]
    private static partial Regex Unfinished();
}
