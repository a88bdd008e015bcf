using System.Text.RegularExpressions;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Going on, said in one's own words where a walk of steps waits (a problem's playbook: its "Is this your problem?" and
/// each step): asking for the next or the first step ("ok what's next", "what should i do first?", "接着呢", "那第一步干嘛")
/// or telling the step done ("ok did that", "got the notice, deadline is friday", "通知看过了", "对比过了，颜色不一样").
/// A question about something else ("what is a plan of action?", "did the buyer get a refund?") or a report that the
/// step did not work ("tried it, didn't help", "还是不行") is neither.
/// </summary>
public static partial class GoAheadCues
{
    /// <summary>
    /// True when the message asks for the next step, or the first one, and nothing else — or to go through what waits one
    /// at a time ("can we go through them one by one?", "一个一个问吧"), asked as the questions taken separately ("each
    /// question on its own", "挨个问", "分开问") or as the form not wanted ("rather than this form", "表格太麻烦").
    /// </summary>
    public static bool AsksToGoOn(string? text) => text is not null && (NextStep().IsMatch(text.Trim()) || OneAtATime().IsMatch(text));

    /// <summary>True when the message tells, in one's own words, that the step was done (and not that it failed).</summary>
    public static bool ReportsItDone(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length > 0 && !NotWorked().IsMatch(trimmed)
            && (DoneEnglish().IsMatch(trimmed) || (DoneChinese().IsMatch(trimmed) && !ChineseAsks().IsMatch(trimmed)) || (DoneThingFirst().IsMatch(trimmed) && !NotYet().IsMatch(trimmed)));
    }

    /// <summary>
    /// True when the message leaves the step waiting out, with a reason at most: "skip this one, we already know the cause",
    /// "this step doesn't apply to us", "这步先跳过", "这一步我们用不上，跳到下一步". At a step it goes on like "done".
    /// </summary>
    public static bool SkipsTheStep(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length > 0 && !trimmed.EndsWith('?') && !trimmed.EndsWith('？') && (SkipEnglish().IsMatch(trimmed) || SkipChinese().IsMatch(trimmed));
    }

    // The whole message asks for the next (or first) step, after an acknowledgement at most: "ok what's next", "alright,
    // what comes after that?", "right, so what should i do first?", "then what?", "ok what now", "go on", "嗯嗯，那第一步干嘛", "好了，接着呢".
    [GeneratedRegex(@"^(?>(?:ok(?:ay)?|alright|all\s+right|right|good|great|cool|fine|got\s+it|understood|done|so|and|then|yes|yeah|yep|sure)[\s,.!]{0,3}){0,4}(?:what(?:'s|\s+is|\s+are)?\s+(?:the\s+)?next(?:\s+steps?)?|what\s+(?:comes|do\s+(?:i|we)\s+do|should\s+(?:i|we)\s+do|happens|now)\s+(?:next|after\s+(?:that|this)|first|then)|what\s+(?:should|do|must|can)\s+(?:i|we)\s+do\s+(?:first|next|now)|(?:and\s+)?then\s+what|what\s+now(?:\s+then)?|now\s+what|next(?:\s+(?:step|one))?(?:\s+please)?|(?:show\s+me\s+)?the\s+(?:next|first|following)\s+step|(?:let'?s\s+)?(?:move|go)\s+on(?:\s+to\s+(?:the\s+)?(?:next|following)(?:\s+(?:step|one))?)?|go\s+on|carry\s+on|keep\s+going|continue|let'?s\s+(?:go|start|begin|continue|do\s+it)|where\s+do\s+(?:i|we)\s+(?:start|begin))(?:\s+(?:then|now|please|pls))?\s*[?？.!。！]*$|^(?>(?:嗯{1,3}|好了|好的?|行|ok|对|是的?|明白了?|知道了|收到|做完了|搞定了?)[，,。\s]{0,3}){0,4}(?:那)?(?:(?:我|我们)?(?:先|首先)?(?:第一步|下一步|先)(?:该|要|应该)?(?:干嘛|干什么|做什么|做啥|怎么做|是什么|是啥|呢)|(?:接着|继续)?(?:做|走|看)?下一(?:个|条|项|步)(?:吧|呢)?|(?:继续|接着)(?:往下|下一步|下一个|做下一步)(?:走|来|做|说|看)?(?:吧|呢)?|接着呢|接下来呢|接下来(?:做什么|干嘛|怎么做|是什么)|然后呢|然后(?:做什么|干嘛|怎么做)|之后呢|下一步呢|继续(?:吧)?|往下(?:走|说)?(?:吧)?|开始吧)[？?。.!！\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NextStep();

    // A clause telling what was done: a verb of doing in the past at its start ("did that", "read through it", "got the
    // notice", "checked all the trackers", "sorted that", "contacted the buyer"), after an acknowledgement at most.
    [GeneratedRegex(@"^(?>(?:ok(?:ay)?|alright|right|yes|yeah|yep|so|well|good|great|done|and)[\s,.!]{0,3}){0,4}(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:already\s+|just\s+)?(?:did|done|finished|completed|checked|read|reread|got|received|sent|filed|contacted|called|emailed|messaged|asked|submitted|uploaded|updated|fixed|sorted|handled|looked\s+(?:at|into|through)|compared|went\s+(?:through|over)|reviewed|paused|removed|stopped|appointed|registered|prepared|collected|gathered|printed|answered|replied|wrote|posted)\b(?!\s+(?:you|u)\b)[^?？]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DoneEnglish();

    // A Chinese clause telling what was done: a verb of doing with 过 / 完 / 好 after it ("看过了", "核对完了", "对比过了"),
    // a verb of getting with 到 ("拿到了", "收到了"; not "发到", which tells where goods went), a verb of getting out with
    // 出来 ("找出来了"), a verb of recording or sending that is only ever done with 了 at a clause's end ("截图了", "上传了"),
    // or 已经 … 了 ("我已经仔细看了一遍"); no question particle at the end.
    [GeneratedRegex(@"^(?![^，,。]*[吗呢？?]\s*$)[^？?]*?(?<!没|没有|未|不)(?:(?:看|查|核对|核实|对比|比对|比|做|弄|办|处理|联系|问|发|交|提交|上传|改|修改|整理|准备|填|读|检查|确认|下架|停|补|回复|申请|登记|注册|沟通)(?:过|完|好)了?|(?:拿|收|找|查|等|联系)到了?|(?:找|拿|整理|调|导)出来了|(?:截图|截屏|拍照|拍好|更新|上传|提交|寄出|补上|补齐|联系上|打印|翻译|预约|备案|申报)了(?=$|[，,。！!\s])|已经[^，,。？?]{0,12}了)(?![^，,。]*[吗呢？?])", RegexOptions.None)]
    private static partial Regex DoneChinese();

    // A Chinese question word: "这个要多长时间能办好" asks how long until it is done, it tells nothing done.
    [GeneratedRegex(@"多久|多长时间|几天|多少|怎么|为什么|什么时候|能不能|是否|要不要")]
    private static partial Regex ChineseAsks();

    // The thing first, then what was done to it, as people note a task off: "size chart updated", "invoices gathered",
    // "listing titles rewritten", "product photos reshot",
    // "commercial invoice emailed to them", "new photos uploaded to the listing" (a few words, then a verb of doing in
    // the past, then a short rest; no question). What someone else did ("the buyer emailed again") tells no step done.
    [GeneratedRegex(@"^(?>(?:ok(?:ay)?|alright|right|yes|yeah|yep|so|good|great|done|and)[\s,.!]{0,3}){0,3}(?!(?:the\s+)?(?:buyers?|customers?|clients?|customs|carriers?|couriers?|platform|seller|amazon|ebay|they|he|she|it|nothing|none)\b)(?:(?:the|our|my|all(?:\s+the)?|both|new)\s+)?(?:[\p{L}\d'-]+\s+){1,4}?(?:(?:has|have)\s+been\s+|(?:is|are|was|were)\s+(?:now\s+)?|now\s+|all\s+)?(?:updated|sent|emailed|uploaded|fixed|gathered|collected|printed|reprinted|submitted|filed|signed|paid|checked|changed|corrected|replaced|added|translated|prepared|booked|arranged|registered|requested|ordered|retaken|relabell?ed|sorted|posted|shared|downloaded|scanned|attached|drafted|written|redone|rewritten|remade|reshot|re-?shot|revised|reworked|edited|adjusted|resized|remeasured|renamed|exported|compiled|counted|analy[sz]ed|reviewed|filled\s+(?:in|out)|taken\s+down|put\s+up)\b(?!\s+(?:by\s+)?(?:you|u)\b)[^?？]{0,50}$", RegexOptions.IgnoreCase)]
    private static partial Regex DoneThingFirst();

    // Not done yet, or done wrong: "not sent yet", "invoice still not uploaded", "nothing updated".
    [GeneratedRegex(@"\b(?:not|never|nothing|no|none|yet|still)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotYet();

    // "one by one", "one at a time", "one question at a time", "one after another", "rather than this form", "this form is too long", "一个一个", "一题一题", "逐个", "逐题".
    [GeneratedRegex(@"\bone\s+(?:by\s+one|at\s+a\s+time)\b|\bone\s+question\s+at\s+a\s+time\b|\b(?:each|every)\s+(?:question|one)\s+(?:on\s+its\s+own|by\s+itself|separately|individually|in\s+turn)\b|\b(?:ask|answer|go\s+through|do|take)\s+(?:me\s+|us\s+)?(?:them|these|those|the\s+questions|each(?:\s+question)?|it)?\s*(?:separately|individually|in\s+turn|one\s+after\s+(?:the\s+other|another))\b|\b(?:rather\s+than|instead\s+of|not\s+(?:in|with|through|via)|without)\s+(?:a|the|this|that|your)?\s*(?:big\s+|long\s+|whole\s+)?form\b|一(?:个|题|项|条|道)一(?:个|题|项|条|道)|逐(?:个|题|项|条|一)|挨个|一个个|一道道|一条条|分开(?:问|答|来|回答)|单独(?:问|答|回答)|(?:别|不)(?:用|要)表(?:格|单)?|不想填表|表(?:格|单)?[^，,。？?]{0,6}(?:太|好|很|挺)(?:长|麻烦|多|复杂)|\bone\s+after\s+(?:another|the\s+other)\b|\b(?:rather\s+than|instead\s+of)\s+(?:this|the|a|that)\s+form\b|\bform\s+is\s+(?:too\s+(?:long|much|big)|a\s+lot)\b|不要填表|表格?填起来太(?:长|多|麻烦)", RegexOptions.IgnoreCase)]
    private static partial Regex OneAtATime();

    // "skip this one, we already know what happened", "let's skip that step", "this step doesn't apply to us", "this step is not
    // relevant for us", "we don't need this one".
    [GeneratedRegex(@"^(?>(?:ok(?:ay)?|alright|right|yes|yeah|so|well|hmm+|um+)[\s,.!]{0,3}){0,3}(?:(?:let'?s|lets|we'?ll|i'?ll|can\s+we|could\s+we|we\s+can|i\s+want\s+to|we\s+want\s+to|please)\s+)?skip(?:\s+(?:this|that|it|the\s+step|this\s+one|that\s+one|this\s+step|that\s+step|ahead|over\s+(?:it|this|that)))?(?:\s+(?:for\s+now|please|pls))?(?:\s*(?:[,.;:!—–-]|\bwe\b|\bit\b|\bbecause\b)|$)|^(?:(?:this|that)\s+(?:one|step)|it)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+apply(?:\s+to\s+(?:us|me))?\b|^(?:(?:this|that)\s+(?:one|step)|it)(?:\s+is|'s)\s+(?:not|n't)\s+(?:relevant|applicable|needed)(?:\s+(?:for|to)\s+(?:us|me))?\b|^(?:we|i)\s+(?:don'?t|do\s+not)\s+need\s+(?:this|that)(?:\s+(?:one|step))?\b|^(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+(?:won'?t|will\s+not|not\s+going\s+to|aren'?t\s+going\s+to)\s+(?:be\s+doing|do|need|bother\s+with)\s+(?:this|that|it)(?:\s+(?:one|step))?\b|^(?:(?:we'?re|we\s+are|i'?m|i\s+am)\s+)?not\s+(?:doing|going\s+to\s+do)\s+(?:this|that)(?:\s+(?:one|step))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkipEnglish();

    // "这步先跳过", "这一步我们用不上，跳到下一步", "跳过这一步", "这个步骤不适用", "这步不用做", "这步跟我们无关".
    [GeneratedRegex(@"跳过|略过|跳到下一步|(?:这|这一|这个)(?:步|步骤)[^，,。？?！!]{0,6}?(?:用不上|用不着|不适用|不需要|不用做|不做了?|不弄了?|不搞了?|省了|省掉|无关|不相关|不涉及)")]
    private static partial Regex SkipChinese();

    // The step did not work: "didn't help", "no luck", "still stuck", "没用", "不管用", "还是不行", "没解决".
    [GeneratedRegex(@"\b(?:didn'?t|did\s+not|doesn'?t|does\s+not)\s+(?:help|work)\b|\bno\s+luck\b|\bstill\s+(?:stuck|nothing\s+works|not\s+working)\b|\bnot\s+(?:helpful|working)\b|没用|没有用|不管用|没效果|没解决|还是不行|不起作用", RegexOptions.IgnoreCase)]
    private static partial Regex NotWorked();
}
