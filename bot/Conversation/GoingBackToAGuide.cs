using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// "right, back to the parcel", "ok lets get back to the shipping", "评估以后再做，先把物流弄完", "评估先不做了，回到选平台":
/// the user asks to go back to a guide by its topic, after words that put the current one off at most. When that guide
/// is the one running, its waiting question is asked again (the message answers nothing: read as an answer it met a
/// retry, read as a task it started the guide again and asked what it already had); when it waits below a detour, the
/// detour is left and that guide resumes with its answers. Any other guide named is not this reading's.
/// </summary>
public static partial class GoingBackToAGuide
{
    /// <summary>Longer messages say more than going back.</summary>
    private const int MaxLength = 80;

    /// <summary>The intent of the guide the message asks to go back to; null when it asks for none.</summary>
    public static string? Target(string? text) => TargetWords(text) is { } target ? IntentCues.GuideTopic(target) : null;

    /// <summary>
    /// True when the message goes back to what waits without naming a topic: "ok back to the questions", "right, let's get
    /// back to your questions", "好，回到刚才的问题", "好的，继续刚才的步骤" (after a side question, say), or asks where it
    /// was ("ok sorry, where were we", "刚才说到哪了"). The question or step
    /// that waits is asked again; read as an answer, "back to the questions" was taken for a yes.
    /// </summary>
    public static bool GoesBackToTheWaitingQuestion(string? text) =>
        (TargetWords(text) is { } target && WaitingThings.Contains(target.Trim())) || (text is not null && CueBook.Get(Cue.GoingBackWhereWeWere).IsMatch(text.Trim()));

    /// <summary>True when the whole message asks to go on with the questions ("ok continue", "carry on", "好，接着来").</summary>
    public static bool GoesOnWithTheQuestions(string? text) => text is not null && CueBook.Get(Cue.GoingOnWithTheQuestions).IsMatch(text.Trim());

    // What a guide asks, named by no topic: its questions or steps, or where the user was. In "back to your questions" the
    // words read are "your" (the guide's own words, "questions", may follow any topic, as in "back to the shipping questions").
    private static readonly HashSet<string> WaitingThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "question", "questions", "your", "step", "steps", "where we were", "it", "问题", "步骤", "那一步", "这一步",
    };

    // The words the last clause goes back to ("the parcel" → "parcel"), after words that put the current guide off at most.
    private static string? TargetWords(string? text) => KeptTargetWords.Get(text, true, (message, _) => ReadTargetWords(message));

    // Read for every message (the router asks whether it goes back), a function of the text alone: short replies that
    // come again from every conversation are read once.
    private static readonly TextReadingMemo<bool, string?> KeptTargetWords = new(MaxLength);

    private static string? ReadTargetWords(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > MaxLength)
        {
            return null;
        }

        // "park the marketplace thing for later and finish the readiness check": "and" joins putting off and going back.
        var clauses = InterruptionDetector.Clauses(trimmed).SelectMany(clause => AndBeforeGoingOn().Split(clause)).Where(clause => clause.Length > 0).ToList();
        if (clauses.Count == 0 || GoBack().Match(clauses[^1]) is not { Success: true } last || !clauses.SkipLast(1).All(clause => PutsOff().IsMatch(clause) || Acknowledges().IsMatch(clause)))
        {
            return null;
        }

        return last.Groups["target"].Value;
    }

    /// <summary>
    /// Goes back to the guide the message names, when it is the running guide or the one below a detour; false (nothing
    /// sent) otherwise.
    /// </summary>
    public static async Task<bool> TryAsync(DialogContext dc, ConversationPlace place, string text, CancellationToken cancellationToken)
    {
        if (place.Kind == ConversationPlaceKind.Result && BackBelowADetour(dc, place, text))
        {
            // Ending the finished detour resumes the guide below, which says so and shows its question or step again.
            await dc.EndDialogAsync(cancellationToken: cancellationToken);
            return true;
        }

        if (place.Kind != ConversationPlaceKind.GuideQuestion || dc.FindDialog(DialogIds.MainMenu) is not MainMenuDialog menu)
        {
            return false;
        }

        // "ok continue", "好，接着来" (after a side question, say) at a guide's question: the question again. At a playbook
        // step going on is the step's own reading (the next step).
        if (GoesBackToTheWaitingQuestion(text) || (!place.AtPlaybookStep && GoesOnWithTheQuestions(text)))
        {
            await menu.SayResumedAsync(dc.Context, place.GuideId, cancellationToken);
            await ConversationSteps.AskAgainAsync(dc, cancellationToken);
            return true;
        }

        // The bottom of the stack: the menu, its steps, then the guide that waits below the detour (see StackedGuideDetour).
        var ids = dc.ActiveDialogIds;
        var below = dc.Stack.Count > 1 && ids.Count > 2 ? MessageArbiter.GuideIntent(ids[2]) : null;
        if (TargetWords(text) is not { } words || TopicOf(words, below) is not { } target)
        {
            return false;
        }

        if (MessageArbiter.GuideIntent(place.GuideId) == target)
        {
            await menu.SayResumedAsync(dc.Context, place.GuideId, cancellationToken);
            await ConversationSteps.AskAgainAsync(dc, cancellationToken);
            return true;
        }

        if (below is not null && below == target)
        {
            // Ending the detour resumes the guide below: it says which guide the user is back in and asks its question.
            await dc.EndDialogAsync(cancellationToken: cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "ok back to the IP thing, what's the next step", "好，说回智利那个包裹，接下来做什么" at the result of a detour: something
    /// talked about before, named in the user's own words (a place, a parcel, "the IP thing"), and going on asked at most.
    /// The detour is done, so going back means the guide waiting below it (the words may even name the detour's own topic:
    /// "back to the peru parcel" after a shipment's result), unless they name a third guide's topic.
    /// </summary>
    private static bool BackBelowADetour(DialogContext dc, ConversationPlace place, string text)
    {
        var ids = dc.ActiveDialogIds;
        if (text.Length > MaxLength || dc.Stack.Count <= 1 || ids.Count <= 2 || MessageArbiter.GuideIntent(ids[2]) is not { } below)
        {
            return false;
        }

        // The first clause that goes back, matched once: its match also gives the thing gone back to.
        var clauses = InterruptionDetector.Clauses(text.Trim());
        var back = -1;
        Match? goingBack = null;
        for (var i = 0; i < clauses.Count && goingBack is null; i++)
        {
            if (CueBook.Get(Cue.GoingBackToAnEarlierThing).Match(clauses[i]) is { Success: true } match)
            {
                back = i;
                goingBack = match;
            }
        }

        if (goingBack is null || !clauses.Take(back).All(clause => PutsOff().IsMatch(clause) || Acknowledges().IsMatch(clause))
            || !clauses.Skip(back + 1).All(GoAheadCues.AsksToGoOn))
        {
            return false;
        }

        var target = goingBack.Groups["target"].Value;
        var topic = TopicOf(target, below);
        return topic is null || topic == below || topic == MessageArbiter.GuideIntent(place.GuideId);
    }

    /// <summary>
    /// The guide the words going back name. "the etsy issue", "TikTok那个问题", "清关那个事" name a problem (by a marketplace or
    /// a customs word, which alone would name the platform or shipping guide): with a problem being fixed below the detour,
    /// that problem is the one meant.
    /// </summary>
    private static string? TopicOf(string target, string? below) =>
        below == IntentNames.FixIssue && ProblemNoun().IsMatch(target) ? IntentNames.FixIssue : IntentCues.GuideTopic(target);

    [GeneratedRegex(@"\b(?:issue|problem|dispute|case|complaint|claim|suspension|ban|refund|return|takedown|hold)s?\b|问题|纠纷|投诉|申诉|的事|那事|这事|个事|事情|封店|退款|退货|扣货|被扣", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemNoun();

    // "and" before going on to a guide: "… for later and finish the readiness check".
    [GeneratedRegex(@"\s+and\s+(?:then\s+)?(?=(?:let'?s\s+)?(?:get|go|come|head|back|continue|carry|finish|resume|complete|do)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AndBeforeGoingOn();

    // A clause that only acknowledges before going back: "right, back to the parcel", "好，回到选平台".
    [GeneratedRegex(@"^(?:ok(?:ay)?|right|alright|all\s+right|so|anyway|now|well|fine|cool|sure|thanks|好|好的|好吧|嗯+|行|那)$", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledges();

    // The last clause goes back to a topic: "back to the parcel", "let's get back to the shipping question", "ok, continue
    // with the platform one", "回到选平台", "先把物流弄完", "继续刚才的评估", "接着选物流吧".
    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|right|alright|so|anyway|now|well|fine|then)[\s,]+)*(?:(?:let'?s|lets|can\s+we|could\s+we|i\s+want\s+to|we\s+want\s+to|i'?d\s+like\s+to)\s+)?(?:(?:get|go|come|head|going|getting)\s+)?(?:back\s+to|continue\s+with|carry\s+on\s+with|finish(?:\s+off)?|resume|do|complete|wrap\s+up|get\s+through|sort\s+out|round\s+off|deal\s+with)\s+(?:the\s+|my\s+|our\s+|this\s+)?(?<target>[\p{L}\s-]{2,30}?)(?:\s+(?:question|questions|guide|part|thing|stuff|bit|one|first|then|now|please|pls))*$|^(?:好|好的|嗯|那|行)?(?:我们)?(?:还是)?(?:先)?(?:回到|回去|继续|接着)(?:刚才的?|之前的?|那个)?(?<target>[\p{L}]{1,6}?)(?:的事|这块|那块)?(?:吧|呢|了)?$|^(?:好|好的|嗯|那|行)?(?:我们)?(?:还是)?(?:先)?(?:继续|接着)(?:处理|弄|搞|解决|跟进)(?:刚才的?|之前的?)?(?<target>[\p{L}]{1,12}?)(?:的事|这块|那块)?(?:吧|呢|了)?$|^(?:好|好的|嗯|那|行)?(?:我们)?(?:还是)?先把(?:刚才的?|之前的?|那个)?(?<target>[\p{L}]{1,6}?)(?:的事|这块|那块)?(?:弄完|做完|搞完|选完|走完|处理完|搞定|选了|选好|定了|定好|做好|弄好|搞好)(?:吧|呢|了)?$|^(?:好|好的|嗯|那|行)?(?:我们)?(?:还是)?(?:先)?(?<target>[\p{L}]{1,6}?)(?:的事|这块|那块)?(?:先)?(?:弄完|做完|搞完|选完|走完|处理完)(?:了)?(?:再说|再讲|再聊)(?:吧|呢)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GoBack();

    // A clause that only puts the current thing off: "never mind that", "not now", "forget the assessment", "评估以后再做",
    // "评估先不做了", "这个先放一放", "先这样" (leave it there for now).
    [GeneratedRegex(@"^(?:ok(?:ay)?\s+|hmm+\s+)?(?:never\s*mind(?:\s+(?:that|this|it))?|nvm|not\s+now|forget\s+(?:it|that|this|the\s+[\p{L}\s]{1,20})|(?:let'?s\s+)?(?:skip|drop|leave)\s+(?:it|that|this|the\s+[\p{L}\s]{1,20})(?:\s+for\s+now)?|(?:let'?s\s+)?(?:park|shelve|put\s+off|set\s+aside|put\s+aside|hold\s+off\s+on)\s+(?:it|that|this|the\s+[\p{L}\s]{1,25}?)(?:\s+(?:for\s+(?:now|later|the\s+moment)|until\s+later|till\s+later|aside))*|(?:let'?s\s+)?put\s+(?:it|that|this|the\s+[\p{L}\s]{1,20}?)\s+aside(?:\s+for\s+now)?|(?:[\p{L}\s]{0,20}\s+)?(?:later(?:\s+on)?|can\s+wait))$|^[\p{L}]{0,8}?(?:以后|之后|回头|改天|下次|晚点|晚些|等会儿|等会|等一会儿|待会儿|待会|一会儿|稍后|过会儿)(?:再)?(?:说|做|弄|聊|看|评估|算|选)(?:吧|了)?$|^[\p{L}]{0,8}?(?:先不|不)(?:做|弄|看|评估|聊|选)了?(?:吧)?$|^[\p{L}]{0,8}?(?:先)?(?:放|搁|撂|晾)(?:一放|一边|一下|一搁|着)(?:吧)?$|^[\p{L}]{0,4}?(?:先|就)这样(?:吧|了)?$|^算了(?:吧)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PutsOff();
}
