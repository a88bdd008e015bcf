using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The result asked for before every question is answered: "skip the rest, show me the result", "that's enough questions,
/// just show me the score", "后面的不问了，直接给我结果吧", "剩下的跳过，先出结果". A guide that can score what it has shows its
/// result from the answers given and says the rest is not counted (the readiness check); the platform guide takes its
/// defaults for the questions still open and says so — instead of "didn't understand".
/// </summary>
public static partial class ResultNowCues
{
    private const int MostEnglishWords = 9;
    private const int MostChineseCharacters = 16;

    /// <summary>
    /// "which of the areas is weakest for us so far?" runs to ten words; a question for the knowledge base that holds such
    /// words names its topic at more length ("what should we fix first when customs hold a parcel of ours at the border").
    /// </summary>
    private const int MostEnglishWordsOfAnAreaQuestion = 12;

    /// <summary>How near the end of the last clause the result word must stand: "the result now", "结果给我看看".</summary>
    private const int EnglishTailWords = 3;
    private const int ChineseTailCharacters = 6;

    private static readonly char[] ClauseEnds = [',', '，', ';', '；', '.', '。', ':', '：', '!', '！'];

    /// <summary>
    /// True when <paramref name="text"/> asks to stop the questions and see the result now — also when it asks what the
    /// result, score or level is as things stand ("how many points are we on right now?", "目前得分咋样"): only the result
    /// from the answers so far can say it, and read as a free question it met "I don't know that yet".
    /// </summary>
    public static bool AsksForTheResultNow(string? text) =>
        !string.IsNullOrWhiteSpace(text) && (ResultNow().IsMatch(text) || CueBook.Get(Cue.ResultAskedSoFar).IsMatch(text) || InOwnWords(text));

    /// <summary>
    /// <see cref="AsksForTheResultNow(string?)"/> at a question of the guide <paramref name="guideId"/>. In the readiness
    /// check a short question about the seller's own weakest area or first step ("which bit is holding us back?", "我们该先
    /// 补哪块") asks for the result too: the result from the answers so far shows the areas by score and the roadmap,
    /// which answer it; the knowledge base only knew such questions in general. A longer message is about something else.
    /// </summary>
    public static bool AsksForTheResultNow(string? text, string? guideId) =>
        AsksForTheResultNow(text)
        || (guideId == DialogIds.GuideReadiness && !string.IsNullOrWhiteSpace(text) && IsShort(SlotVocabulary.Normalize(text), MostEnglishWordsOfAnAreaQuestion)
            && (CueBook.Get(Cue.ResultWeakestAsked).IsMatch(text) || CueBook.Get(Cue.ResultFirstStepAsked).IsMatch(text)));

    // Within the length of a short ask: Chinese counted in characters, other text in words.
    private static bool IsShort(string normalized, int mostEnglishWords)
    {
        var chinese = normalized.Count(c => c >= 0x2E80);
        return chinese > 0 ? chinese <= MostChineseCharacters : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= mostEnglishWords;
    }

    /// <summary>
    /// The result asked for in a seller's own words, read by families of words rather than phrases (the slot vocabulary's
    /// "families"): a word of the result ("score", "rating", "结果", "出分") with a word asking for it ("show", "give", "看",
    /// "出") or stopping the questions ("that's all", "stop", "先这样", "不用往下问了"), or as a short question ("result?"):
    /// "that's all for now, result?", "show the result", "先这样，出个评估吧". Not with a negation ("先别出结果", "the results
    /// aren't out yet"), and not in a longer message, which is a sentence about something else.
    /// </summary>
    private static bool InOwnWords(string text)
    {
        var vocabulary = SlotVocabulary.Default;
        var normalized = SlotVocabulary.Normalize(text);
        if (!IsShort(normalized, MostEnglishWords) || !vocabulary.Families.Has("resultWords", normalized))
        {
            return false;
        }

        var stops = vocabulary.Families.Has("resultStops", normalized);
        var asked = stops || (NamesTheResultLast(text, vocabulary)
            && (vocabulary.Families.Has("resultAsks", normalized) || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('？')));
        return asked && (stops || !vocabulary.HasNegation(text));
    }

    /// <summary>
    /// The result word ends the message's last clause, give or take a word or two ("…, result?", "give me my rating", "let
    /// me see the result now", "结果给我看看"): asked for or questioned, it is the thing wanted. A question or request that
    /// goes on past it is about something else ("what is your assessment of the fees?", "给我看看评分标准是什么").
    /// </summary>
    private static bool NamesTheResultLast(string text, SlotVocabulary vocabulary)
    {
        var clause = text.TrimEnd().TrimEnd('?', '？', '.', '。', '!', '！', ' ');
        clause = clause[(clause.LastIndexOfAny(ClauseEnds) + 1)..];
        var normalized = SlotVocabulary.Normalize(clause);
        var tail = normalized.Any(c => c >= 0x2E80)
            ? normalized[Math.Max(0, normalized.Length - ChineseTailCharacters)..]
            : string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(EnglishTailWords));
        return vocabulary.Families.Has("resultWords", tail);
    }

    // Leaving the rest out, or going straight to the result: "skip the rest", "enough questions", "no more questions",
    // "just show me the score", "give me your pick", "I don't know the rest", "剩下的跳过", "后面的不问了", "直接给我结果",
    // "先出个结果", "问题先到这吧", "按目前的答案给我个结果", "先按现有的给我推荐"; the score asked for on what was said so far:
    // "that's plenty of questions", "what's my score based on this?", "how do we look so far?", "问得差不多了吧", "先问到这儿",
    // "按我说的这些我们现在能打几分", "照现在的情况我们大概什么水平", "stop here and score what we have"; a stop said with the result asked for at the end: "就到这吧，
    // 看结果", "先这样吧，出个结果", "let's pause the questions and see where we stand now"; the result named first and then
    // asked to be shown ("结果先给我看看", "分数先发我看一下"); how the seller did, asked as the whole message ends ("alright,
    // how did we do", "how are things looking so far", "到目前为止我们怎么样"): anchored at the end, so "how do we ship it" is no such ask.
    [GeneratedRegex(@"^(?:那|先)?(?:把)?(?:结果|分数|评分|得分|结论)(?:先|就)?(?:给我|让我|给咱们?|发我)?(?:看看|看一下|看下|瞧瞧|出一下)(?:吧|呗)?\s*[。.!！]*$|\b(?:score|rate|grade|assess|judge|mark)\s+(?:us\s+on\s+)?(?:what|whatever)\s+(?:we|you|i)(?:'ve|\s+have|\s+got)\b|\b(?:skip|forget|drop|leave\s+out)\s+(?:the\s+|all\s+the\s+)?(?:rest|remaining(?:\s+(?:ones|questions))?|other\s+(?:questions|ones)|questions)\b|\benough\s+(?:questions|of\s+(?:the|these)\s+questions)\b|\b(?:no\s+more|(?:stop|pause|end)\s+(?:the|asking))\s+questions\b|\b(?:see|show\s+me|tell\s+me)\s+where\s+(?:we|i)\s+stand\b|(?:出|看|给我?)(?:个|一下|下)?(?:结果|分数|评分|结论)(?:吧|啦)?\s*[。.!！]*$|\b(?:just|straight\s+to|go\s+to|jump\s+to|skip\s+to|get\s+to|give\s+me|show\s+me|let\s+me\s+see)\s+(?:the\s+|my\s+|our\s+|your\s+|a\s+)?(?:result|results|score|assessment|verdict|conclusion)\b|\bwhat(?:'s|\s+is)\s+(?:the|your|my|our)\s+(?:verdict|assessment|conclusion)\s*[?.!]*$|\b(?:that'?ll|that\s+will|this\s+will)\s+do\s+(?:for\s+(?:now|today)|here)\b|\blet'?s\s+(?:stop|wrap\s+(?:it\s+|this\s+|things\s+)?up|leave\s+it|call\s+it\s+a\s+day)(?:\s+(?:here|there|for\s+(?:now|today)))?\s*(?:[,.;!]|$)|\benough\s+for\s+(?:now|today)\b|\bshow\s+me\s+what\s+you(?:'ve|\s+have)\s+got\b|(?:后面|剩下|剩余|其余|其他|别)的?(?:问题|题)?(?:都|就|先)?(?:不(?:用)?(?:问|答|回答)了?|跳过|不要了|算了)|直接(?:给我|出|看|要|给)?(?:个)?(?:结果|分数|评分|得分)|(?:先|就)(?:出|给我|看看?)(?:个)?(?:结果|分数|评分)|不(?:想|用)(?:再)?(?:回答|答|问)了|\b(?:show|give|tell)\s+me\s+(?:what\s+you(?:'d|\s+would)\s+(?:pick|choose|recommend|suggest)|your\s+(?:pick|picks|recommendations?|suggestions?|best\s+guess))\b|\b(?:don'?t|do\s+not)\s+know\s+the\s+rest\b|\bthe\s+rest\s+i\s+(?:can'?t|cannot|don'?t)\b|(?:问题|就问)(?:先)?到这(?:里|儿)?|(?:按|用|根据)(?:现有|目前|已有|已经(?:回)?答|现在)的?(?:答案|信息|回答)?[^，,。]{0,4}(?:给我|出|看|给)(?:一?个)?(?:结果|分数|评分|推荐|建议|结论)|(?:先|就)给我(?:一?个)?(?:结果|分数|评分|推荐)|\b(?:that'?s|this\s+is)\s+(?:plenty|enough)(?:\s+of)?\s+questions\b|\bhow\s+do\s+(?:we|i)\s+(?:look|stand|score|do)\s+so\s+far\b|\bhow\s+(?:am\s+i|are\s+we)\s+(?:doing|looking|scoring)\s+so\s+far\b|\b(?:score|level|result|rating)\b[^?.!]{0,25}\b(?:based\s+on|with|from)\s+(?:this|that|these|what\s+(?:i|we)(?:'ve|\s+have)?\s+(?:given|told|said|answered))|\bhow\s+(?:(?:do|does|did|are|is|have|has)\s+)?(?:we|i|it|things|everything|that|this|my\s+\w+|our\s+\w+)\s+(?:look|looks|looking|did|do|doing|stand|standing|turn(?:ed)?\s+out|score|scored|fare|fared|rate|rated)(?:\s+so\s+far|\s+now|\s+overall)?\s*[?.!]*$|(?:目前|到目前为止|目前为止|到现在为止|到现在|到这里|现在)(?:来看|看来|看)?(?:我们|我)?的?(?:情况|表现|成绩|得分|准备度)?(?:怎么样|如何|咋样|怎样)(?:了|呢|啊)?[?？]*$|问(?:得|的)?差不多了|先问到这|(?:按|照|根据)(?:我|我们)?(?:说的|现在|目前|已经|刚才)[^，,。？?]{0,10}(?:几分|多少分|什么水平|什么等级|什么级别|结果|结论|分数|评分)", RegexOptions.IgnoreCase)]
    private static partial Regex ResultNow();
}
