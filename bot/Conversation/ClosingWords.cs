using System.Text.RegularExpressions;

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
        if (Parts(text, anyUnknownWordEnds: false) is not { } parts || parts.Kind == ClosingKind.None)
        {
            return ClosingKind.None;
        }

        var unknown = parts.Unknown.Where(word => !Filler().IsMatch(word)).ToList();
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
        return latin <= MostUnknownWords && chinese <= MostUnknownCharacters && !SaysSomething().IsMatch(said) && !saysSomething(said)
            && unknown.All(word => !saysSomething(word))
            ? parts.Kind
            : ClosingKind.None;
    }

    /// <summary>
    /// True when the message only acknowledges ("ok", "好的", "cool cool 👍", "好滴👍"): acknowledgements, with nothing
    /// else but words and symbols that say nothing. Where no question waits (after a result) it closes like thanks.
    /// </summary>
    public static bool OnlyAcknowledges(string? text) =>
        Parts(text, anyUnknownWordEnds: false) is { Acknowledged: true, ThanksOrBye: false } parts && parts.Kind == ClosingKind.None && parts.Unknown.All(word => Filler().IsMatch(word));

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
    private static (ClosingKind Kind, bool ThanksOrBye, List<string> Unknown, bool Acknowledged)? Parts(string? text, bool anyUnknownWordEnds)
    {
        var rest = TrailingMarks().Replace(text?.Trim() ?? string.Empty, string.Empty);
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
            var part = Part().Match(rest, position);
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

            var word = UnknownWord().Match(rest, position);
            if (!word.Success || word.Index != position || word.Length == 0)
            {
                return null;
            }

            // One Chinese character at a time, so a known part may start at the next; a run of them is one unknown word.
            var value = word.Groups["word"].Value;
            if (anyUnknownWordEnds || (!LanguageDetector.ContainsCjk(value) && SaysSomething().IsMatch(value)))
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

    // One part: punctuation or "and" before it, then one kind of closing words, ending at a word's end (English) or
    // anywhere (Chinese, written without spaces). Alternatives are tried in order and a Chinese part may end anywhere,
    // so a longer form comes first ("好嘞" before "好": the loop takes the first part that fits and never looks back).
    [GeneratedRegex(
        @"\G(?:[\s,，.。!！;；~～:：…]|\band\b|&)*" +
        @"(?:(?<bye>(?:good\s*)?bye(?:\s*bye)?(?:\s+(?:for\s+now|then|now))?|see\s+(?:you|ya|u)(?:\s+(?:later|soon|around|tomorrow|next\s+time))?|catch\s+(?:you|ya|u)\s+later|cya|ttyl|take\s+care|have\s+a\s+(?:good|nice|great|lovely)\s+(?:one|day|evening|weekend|night|week)|good\s*night|ciao|adios|adiós|cheerio|au\s+revoir|peace\s+out|gotta\s+(?:run|go|dash)|got\s+to\s+(?:run|go)|(?:i|we)\s+(?:have|need)\s+to\s+(?:run|go)|gtg|g2g|再见|再会|拜拜|拜了|拜(?![托访年])|(?:回|下次|下回|回头|明天|改天)见|晚安|(?:我|我们)?先撤了?|先走了|溜了|(?:我|我们)?(?:先)?(?:去)?忙(?:去|别的)?了|先下了|下线了)" +
        @"|(?<thanks>(?:thank\s+(?:you|u)|thanks?|thx|thnx|tks|ty|tysm|ta|cheers|many\s+thanks|much\s+appreciated|appreciate\s+(?:it|that|the\s+help|your\s+help))(?:\s+(?:a\s+(?:lot|ton|bunch|million)|so\s+much|very\s+much|loads|heaps|again|mate|man|buddy|guys|all|folks|everyone|everybody|team|y'?all|for\s+(?:the|your|all\s+the|all\s+your)\s+(?:help|advice|info|information|answers?|tips?|time)|for\s+(?:that|this|everything|helping)|for\s+[a-z]+ing(?:\s+(?:me|us))?(?:\s+(?:through|with|out|over|up))?(?:\s+(?:it|that|this|them|everything|all\s+(?:that|this)))?))*|谢谢(?:你们|您们|大家|你|您)?(?:的帮助|帮忙)?(?:啦|了|哈|哦|啊)?|多谢(?:你们|大家|你|您)?(?:啦|了|哈)?|感谢(?:你们|大家|你|您)?(?:的帮助)?|谢了|谢啦|辛苦(?:你们|大家|你|您)?(?:了|啦)|(?<!遇到|碰到|遇上|碰上|有|出|惹|添|找|大)麻烦(?:你们|你|您)?了)" +
        @"|(?<praise>(?:(?:that|this|it|you)(?:'s|s|'ve\s+been|\s+(?:is|was|were|has\s+been|have\s+been))\s+)?(?:(?:very|really|super|so|truly|extremely|incredibly|pretty|quite)\s+)*(?:helpful|useful|clear|a\s+(?:great|big|huge|real)\s+help|great\s+help|a\s+lifesaver|(?:exactly\s+|just\s+)?what\s+(?:i|we)\s+(?:needed|wanted|was\s+after|were\s+after|was\s+looking\s+for))(?:\s+so\s+far)?|nice\s+one|(?:你)?(?:这样)?(?:一步步|一步一步)?(?:讲|说|问|解释|分析)得?(?:很|挺|真|非常|特别)(?:清楚|明白|好|到位|细)(?:的|了|啊)?|(?:这个|你这个|你的)?(?:思路|办法|建议|方法|讲解|解释|分析)(?:很|挺|真|非常|特别)?(?:好|不错|清楚|有用|实用|到位)(?:的|了|啊)?|帮(?:了)?(?:我|我们)?(?:一个)?(?:大忙|很大的忙)了?|(?:很|挺|非常|太|真)(?:有用|有帮助|清楚)(?:了|啊|的)?|帮助(?:很|挺)?大|受益匪浅|心里有数了?)" +
        @"|(?<done>(?:that'?s|thats|that\s+is|this\s+is)\s+(?:all|everything|enough)(?:\s+(?:i|we)\s+(?:needed|wanted|need|had))?(?:\s+(?:for\s+(?:now|today)|from\s+me))?|(?:that'?s|thats|that\s+is)\s+it\s+for\s+(?:now|today|the\s+day)|that\s+covers\s+it|(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:all\s+)?(?:set|done|good)(?:\s+for\s+(?:now|today))?|nothing\s+else(?:\s+for\s+now)?|no\s+more\s+questions|(?:all|enough)\s+for\s+(?:now|today)|(?:(?:let'?s|lets|can\s+we|could\s+we|shall\s+we|we\s+can|i'?ll|we'?ll|i\s+(?:want|need)\s+to|we\s+(?:want|need)\s+to)\s+)?(?:stop|pause|break|leave\s+it|call\s+it\s+a\s+day|wrap\s+(?:it\s+)?up)(?:\s+(?:here|there|now|for\s+now|for\s+today|for\s+the\s+day|at\s+that|at\s+this\s+step))+|没(?:有)?(?:别的|其他的?)(?:问题|事)?了?|就这些(?:了|吧)?|就这样(?:吧|了)?|(?:今天)?(?:就)?先这样(?:吧|了)?|(?:今天)?(?:就)?(?:先)?(?:弄|做|聊|搞|看|问|处理)?到这(?:儿|里)?(?:吧|了|为止)?|今天(?:就)?(?:先)?这样(?:吧|了)?|(?:先)?(?:停|暂停)(?:一下|在这)?(?:吧)?|没事了|没问题了|暂时没有了|没有了)" +
        @"|(?<later>(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+(?:take\s+it\s+from\s+here|(?:handle|do|sort(?:\s+out)?|deal\s+with|take\s+care\s+of|finish|look\s+at|go\s+through|work\s+on)\s+(?:the\s+rest|it|that|this|them|those)(?:\s+(?:myself|ourselves|later|tomorrow|next\s+week|on\s+my\s+own|on\s+our\s+own|from\s+here))*|(?:carry\s+on|continue|pick\s+(?:it|this|things)\s+up|come\s+back(?:\s+to\s+(?:it|this))?|get\s+back\s+to\s+(?:it|this|you))(?:\s+(?:later|tomorrow|next\s+week|another\s+time|soon|from\s+here))+|be\s+back(?:\s+(?:later|tomorrow|soon))?)|(?:(?:i|we)\s*'ll\s+|(?:i|we)\s+will\s+|will\s+|(?:i'?m|we'?re)\s+(?:gonna|going\s+to)\s+|gonna\s+)[a-z]+(?:\s+(?:it|that|this|them|those|one|the\s+[a-z]+))?\s+(?:tomorrow|later(?:\s+today)?|tonight|next\s+week|this\s+week|soon|in\s+the\s+morning)|(?:talk|speak|chat)\s+(?:to\s+you\s+)?(?:soon|later|tomorrow)|(?:let'?s|we'?ll|i'?ll|we\s+can|can\s+we)\s+(?:do|finish|continue|pick\s+up)\s+(?:this|it|that|the\s+rest)\s+(?:another\s+(?:day|time)|later|tomorrow|next\s+week|some\s+other\s+(?:day|time))|(?:剩下的|后面的|其余的|其他的)(?:我|我们)?(?:就)?(?:先)?(?:明天|回头|改天|晚点|之后|下次)?(?:再)?(?:自己)?(?:来|弄|处理|搞|看|做|研究)(?:吧|了)?|(?:我|我们)(?:就)?(?:先)?自己(?:来|弄|处理|搞|看|研究)(?:吧|了)?|(?:我|我们)(?:就|再)?(?:先)?(?:研究|考虑|想想|琢磨|消化|商量)(?:一下|下)?(?:吧|了)?|(?:明天|回头|改天|晚点|之后|下次|有空|过两天|下午|晚上)(?:再)?(?:接着|继续)(?:来|弄|做|看|聊)?(?:吧)?|(?:明天|回头|改天|晚点|之后|下次|有空|过两天|下午|晚上)再(?:弄|做|看|聊|说|来(?:找(?:你|您)(?:们)?)?|处理|搞|研究)(?:吧|了)?|(?:回头|改天|下次|有空)(?:再)?(?:聊|问|联系|说)|(?:再|回头|改天|有空|下次)(?:来)?找(?:你|您)(?:们)?)" +
        @"|(?<aside>not\s+(?:now|today|yet)|(?:i|we)(?:'ve|\s+have)?\s*(?:have\s+to|need\s+to|must|gotta|got\s+to|should|want\s+to)\s+[^,，.。!！;；]{1,60}|(?:我|我们)(?:还)?(?:得|要|需要|先得|得先|要先)[^，,。！!；;]{1,20}|先不(?:弄|做|看|聊)了?)" +
        @"|(?<ack>(?:great|good|nice|cool)\s+stuff|ok(?:ay)?|k|alright|all\s+right|right|great|perfect|cool|nice|sweet|awesome|brilliant|excellent|lovely|fantastic|super|good|fine|got\s+it|understood|i\s+see|noted|sounds\s+good|makes\s+sense|fair\s+enough|wow|oh|so|well|好(?:的|吧|嘞|滴|啦)?|嗯+|行|明白了?|知道了|了解了?|收到|懂了|清楚了|ok的))" +
        @"(?=$|[\s,，.。!！;；~～:：…&]|[\u4e00-\u9fff]|(?<=[\u4e00-\u9fff]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    [GeneratedRegex(@"[\s,，.。!！;；~～:：…]+$")]
    private static partial Regex TrailingMarks();

    // A word no closing part knows: separators before it, then one Chinese character or a run of anything else up to a
    // separator or a Chinese character.
    [GeneratedRegex(@"\G(?:[\s,，.。!！;；~～:：…]|\band\b|&)*(?<word>[\u4e00-\u9fff]|[^\s,，.。!！;；~～:：…&\u4e00-\u9fff]+)")]
    private static partial Regex UnknownWord();

    // Words that say nothing however many: "now", "today", "then", "here", "mate", "guys", "lol", Chinese particles, and
    // emoji and other symbols ("👍", "👌").
    [GeneratedRegex(@"^(?:for|now|today|then|here|there|mate|guys|man|lol|haha+|hehe|again|really|very|much|so|那|我|啦|吧|了|哈+|呀|啊|哦|呢|嘛|噢|哒|滴|[\p{So}\p{Sk}\p{Cs}\u200d\ufe0f]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    // Words that say something whatever surrounds them: a number, a question, a yes or a no, a negation, a question word.
    [GeneratedRegex(@"\d|[?？]|\b(?:yes|yeah|yep|yup|no|nope|nah|not|never|don'?t|doesn'?t|isn'?t|can'?t|won'?t|but|what|how|why|which|where|when|who|need|want|ship|send|sell|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|half|couple|only|just|inside|both|all|none|some|else|any|every|each)\b|[不没否是吗什么怎哪几多少谁但想要寄发卖两三四五六七八九十百千万半]", RegexOptions.IgnoreCase)]
    private static partial Regex SaysSomething();
}
