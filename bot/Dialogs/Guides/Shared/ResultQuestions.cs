using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Reads what a question about a guide's result asks, in English and Chinese — how a price was computed, how accurate it
/// is, which option is cheapest or fastest, the option at a place, what a score or level means, a platform's monthly
/// cost, what to fix first, why an area scores low, why a playbook step and how long it takes — by the guide whose
/// result it is. Only the shape of the question: the answer comes from the result itself (the guides' explainers).
/// </summary>
public static partial class ResultQuestions
{
    /// <summary>What <paramref name="text"/> asks about the result of the guide <paramref name="guideId"/>; None when nothing known.</summary>
    public static ResultQuestion Read(string? guideId, string text) => guideId switch
    {
        DialogIds.GuideLogistics => Logistics(text),
        DialogIds.GuidePlatform => Platform(text),
        DialogIds.GuideReadiness => Readiness(text),
        DialogIds.GuideFixIssue => Step(text),
        _ => ResultQuestion.None,
    };

    /// <summary>
    /// Asked inside the guide before its result exists, a question only the result can answer: which option will be
    /// cheapest or fastest, the option at a place, what the top one will cost, which level the seller will reach.
    /// </summary>
    public static bool NeedsTheResult(string? guideId, string text) =>
        guideId is DialogIds.GuideLogistics or DialogIds.GuidePlatform or DialogIds.GuideReadiness
        && (Read(guideId, text) is ResultQuestion.Cheapest or ResultQuestion.Fastest or ResultQuestion.AtPlace or ResultQuestion.ScoreMeaning
            || TopOption().IsMatch(text) || (guideId == DialogIds.GuideReadiness && OurLevel().IsMatch(text)));

    /// <summary>The place (1-based) an option is asked about by ("the second one", "第三个", "the last one" = -1); null for none.</summary>
    public static int? Place(string text)
    {
        var match = PlaceWord().Match(text);
        if (!match.Success)
        {
            return TopOption().IsMatch(text) ? 1 : null;
        }

        var word = match.Groups["n"].Value.ToLowerInvariant();
        return word is "last" or "最后" ? -1 : SmallNumber(word);
    }

    /// <summary>The level asked about by its number ("level 3", "第三级"), 1-based; null for none.</summary>
    public static int? LevelNumber(string text)
    {
        var match = LevelNumbered().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["n"].Success && match.Groups["n"].Length > 0 ? match.Groups["n"].Value : match.Groups["m"].Value;
        return SmallNumber(word.ToLowerInvariant());
    }

    // 1 to 5 as the place and level patterns write them: a digit, a Chinese numeral or an English ordinal ("top" is first).
    private static int? SmallNumber(string word) => word switch
    {
        "first" or "1st" or "1" or "一" or "top" => 1,
        "second" or "2nd" or "2" or "二" => 2,
        "third" or "3rd" or "3" or "三" => 3,
        "fourth" or "4th" or "4" or "四" => 4,
        "fifth" or "5th" or "5" or "五" => 5,
        _ => null,
    };

    private static ResultQuestion Logistics(string text) =>
        ComparedWithBefore().IsMatch(text) && !Why().IsMatch(text) ? ResultQuestion.ComparedWithBefore
        : ImportTax().IsMatch(text) && !Why().IsMatch(text) ? ResultQuestion.ImportTax
        : HowPriced().IsMatch(text) ? ResultQuestion.HowPriced
        : HowAccurate().IsMatch(text) ? ResultQuestion.HowAccurate
        : Cheapest().IsMatch(text) ? ResultQuestion.Cheapest
        : Fastest().IsMatch(text) ? ResultQuestion.Fastest
        : ScoreMeaning().IsMatch(text) ? ResultQuestion.ScoreMeaning
        : OnePick().IsMatch(text) ? ResultQuestion.OnePick
        : PlaceWord().IsMatch(text) && !Why().IsMatch(text) ? ResultQuestion.AtPlace
        : ResultQuestion.None;

    // A ranked platform's entry requirements are asked about the platform at a place ("on the top one", "第一个平台"): the
    // requirements of a mark or a market are the knowledge base's.
    private static ResultQuestion Platform(string text) =>
        EntryWords().IsMatch(text) && (PlaceWord().IsMatch(text) || TopOption().IsMatch(text)) ? ResultQuestion.EntryRequirements
        : MonthlyCost().IsMatch(text) ? ResultQuestion.MonthlyCost
        : ScoreMeaning().IsMatch(text) ? ResultQuestion.ScoreMeaning
        : FeeWords().IsMatch(text) && (PlaceWord().IsMatch(text) || TopOption().IsMatch(text)) ? ResultQuestion.Fees
        : OnePick().IsMatch(text) ? ResultQuestion.OnePick
        : PlaceWord().IsMatch(text) && !Why().IsMatch(text) ? ResultQuestion.AtPlace
        : Suits().IsMatch(text) ? ResultQuestion.Suits
        : ResultQuestion.None;

    private static ResultQuestion Readiness(string text) =>
        NextLevel().IsMatch(text) ? ResultQuestion.NextLevel
        : LevelNumbered().IsMatch(text) || LevelWords().IsMatch(text) ? ResultQuestion.LevelMeaning
        : FixFirst().IsMatch(text) || SlotVocabulary.Default.Families.Has("firstStepWords", SlotVocabulary.Normalize(text))
            || CueBook.Get(Cue.ResultFirstStepAsked).IsMatch(text) ? ResultQuestion.FixFirst
        : AreaScoreWords().IsMatch(text) || CueBook.Get(Cue.ResultWeakestAsked).IsMatch(text) ? ResultQuestion.AreaScore
        : ScoreMeaning().IsMatch(text) ? ResultQuestion.ScoreMeaning
        : ResultQuestion.None;

    private static ResultQuestion Step(string text) =>
        PlaybookWhy().IsMatch(text) ? ResultQuestion.PlaybookWhy
        : StepWhy().IsMatch(text) ? ResultQuestion.StepWhy
        : Prevention().IsMatch(text) || CueBook.Get(Cue.PreventionAskedInOwnWords).IsMatch(text) ? ResultQuestion.Prevention
        : StepDuration().IsMatch(text) && !SomeoneElsesProcess().IsMatch(text) ? ResultQuestion.StepDuration
        : ResultQuestion.None;

    // "how was this price calculated", "how do you work out the cost", "why am I paying for 10 kg", "chargeable weight",
    // "这个价格是怎么算的", "运费是按什么算出来的", "为什么按10公斤收运费", "体积重".
    [GeneratedRegex(@"\b(?:calculat\w*|comput\w*|work(?:ed|s)?\s+out|figur\w*\s+out|determin\w*|arrive\w*\s+at|come\s+up\s+with|made\s+up|based\s+on|break\s*down|breakdown)\b[^?.!]{0,40}\b(?:price|prices|cost|costs|rate|rates|fee|fees|shipping|quote|quotes|postage)\b|\b(?:price|prices|cost|costs|rate|rates|fee|fees|shipping|quote|quotes|postage)\b[^?.!]{0,40}\b(?:calculat\w*|comput\w*|work(?:ed)?\s+out|figured|determined|arrived\s+at|made\s+up|come\s+from|based\s+on|broken\s+down|breakdown)\b|\bchargeable\b|\bvolumetric\b|\bdimensional\s+weight\b|\b(?:paying|pay|charged?|charging|billed|billing)\s+(?:me\s+|us\s+)?(?:for\s+)?\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|kilograms?)\b|\bhow\s+(?:did|do|would)\s+you\s+(?:get|reach|arrive\s+at|come\s+to|land\s+on|end\s+up\s+with)\s+(?:that|this|the|these|those|such\s+a)\s+(?:price|prices|cost|costs|figure|figures|number|numbers|quote|quotes|rate|rates|amount|total)\b|(?:价格|运费|费用|价钱|报价|这个价|这价|钱|成本)[^，,。？?！!]{0,10}(?:怎么|如何|怎样|按什么|根据什么|是按|依据什么)[^，,。？?！!]{0,6}(?:算|计算|得出|来的|定的)|(?:价格|运费|费用|价钱|报价|这个价|这价|成本|这个数|这个数字|这数|金额)[^，,。？?！!]{0,10}(?:从哪|哪来|哪儿来|哪里来|怎么来)|怎么算(?:的|出来)|如何计算|计费重|体积重|抛重|材积|按\s*\d+(?:\.\d+)?\s*(?:公斤|千克|kg|KG)\s*(?:收|算|计)", RegexOptions.IgnoreCase)]
    private static partial Regex HowPriced();

    // The duty or VAT of the shipment asked about: "will the buyer in spain pay any import vat on this?", "do they pay duty
    // on arrival?", "how much tax will the customer owe?", "买家要交关税吗", "这票到了要交多少增值税". A rate asked in general
    // ("what is the vat rate in spain") names no one paying and stays the knowledge base's.
    [GeneratedRegex(@"\b(?:pay|paying|owe|owes|charged|charge|billed|hit\s+with|cost)\b[^?.!]{0,30}\b(?:vat|gst|duty|duties|import\s+(?:tax|taxes|vat|fees?)|customs\s+(?:charges|fees|duty)|taxes)\b|\b(?:vat|gst|duty|duties|import\s+(?:tax|taxes|fees?)|taxes)\b[^?.!]{0,25}\b(?:on\s+(?:this|it|that|the\s+parcel|the\s+order|arrival|delivery)|(?:do|does|will|would)\s+(?:they|the\s+buyer|the\s+customer|the\s+recipient|he|she)\s+(?:have\s+to\s+)?pay)\b|(?:买家|客户|收件人|对方|他们|这票|这个包裹|到了|进口)[^，,。？?]{0,8}(?:要|得|需要|会)?(?:交|付|缴|被收)[^，,。？?]{0,4}(?:关税|增值税|进口税|税费|消费税|税)", RegexOptions.IgnoreCase)]
    private static partial Regex ImportTax();

    // "how sure are you about these prices", "are these prices accurate", "can I trust the quote", "运费报价靠谱吗", "这些价格准吗".
    [GeneratedRegex(@"\b(?:how\s+(?:sure|accurate|reliable|exact|precise|certain|confident|realistic|firm|good)|accurate|accuracy|reliable|exact|precise|trust\w*|realistic|correct|up[\s-]to[\s-]date|firm|guaranteed)\b[^?.!]{0,40}\b(?:prices?|costs?|rates?|quotes?|figures?|numbers?|estimates?)\b|\b(?:prices?|costs?|rates?|quotes?|figures?|numbers?|estimates?)\b[^?.!]{0,30}\b(?:accurate|reliable|exact|precise|correct|realistic|up[\s-]to[\s-]date|firm|guaranteed|trustworthy|current)\b|(?:价格|运费|费用|报价|价钱|这些数|数字|估价|金额)[^，,。？?！!]{0,8}(?:准不准|准确|准吗|准么|可靠|靠谱|可信|精确|真实|对不对|有多准|靠不靠谱|能信)", RegexOptions.IgnoreCase)]
    private static partial Regex HowAccurate();

    [GeneratedRegex(@"\bcheapest\b|\bleast\s+expensive\b|\blowest\s+(?:price|cost|rate)\b|\bcosts?\s+(?:the\s+)?least\b|最便宜|最省钱|最低价|价格最低|费用最低|运费最低|最实惠", RegexOptions.IgnoreCase)]
    private static partial Regex Cheapest();

    [GeneratedRegex(@"\bfastest\b|\bquickest\b|\bshortest\s+(?:time|transit|delivery)\b|\bgets?\s+there\s+(?:first|soonest)\b|最快|时效最短|用时最短|最短时间", RegexOptions.IgnoreCase)]
    private static partial Regex Fastest();

    // "fit 75", "a score of 82", "75/100", "what does the fit mean", "匹配度82是什么意思", "这个分数是什么意思".
    [GeneratedRegex(@"\b(?:fit|score|rating|match)\s*(?:of\s+)?\d{1,3}\b|\b\d{1,3}\s*(?:/\s*100|out\s+of\s+100)\b|\bwhat\s+(?:does|do|is|are)\s+(?:the|a|this|that|my|our|these|those)?\s*(?:fit|fit\s+scores?|scores?|ratings?)\b[^?]{0,20}\bmean|\bhow\s+(?:is|are|do\s+you)\s+(?:the\s+)?(?:fit|fit\s+scores?|scores?)\s+(?:calculated|computed|worked\s+out|measured|scored)|\bhow\s+do\s+you\s+(?:score|rate|calculate\s+the\s+(?:fit|score))\b|(?:匹配度|分数|得分|评分|\d+\s*分)[^，,。？?！!]{0,6}(?:是什么意思|什么意思|啥意思|代表什么|代表啥|怎么算|如何计算|怎么来的|是怎么|指什么)", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreMeaning();

    // "the second one", "3rd option", "number 2", "#4", "the last one", "第二个", "第3名", "最后一个"; not "第二步" or "第二级".
    [GeneratedRegex(@"\b(?:the\s+)?(?<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\s+(?:one|option|channel|platform|choice|pick|line|service|carrier|marketplace|on\s+the\s+list)\b|\b(?:number|option|no\.?|#)\s*(?<n>[1-5])\b|第\s*(?<n>[一二三四五1-5])\s*(?:个|名|项|种|家|条|位|的)?(?![步级档阶])|(?<n>最后)(?:一个|那个|一名|一家)", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceWord();

    // The option the result puts first: "the top one", "the best one", "the first platform", "排第一的", "最好的那个".
    [GeneratedRegex(@"\b(?:the\s+)?(?:top|best|first|recommended|winning|number\s+one|#1)\s+(?:one|option|channel|platform|choice|pick|marketplace|site)\b|排(?:在)?第一|第一名|推荐的(?:那个|平台|渠道)|最好的那个", RegexOptions.IgnoreCase)]
    private static partial Regex TopOption();

    [GeneratedRegex(@"\b(?:a|per|each|every|the)\s+month\b|\bmonthly\b|\bmonth\s+in\s+total\b|(?:每月|每个月|一个月|一月|月均|月)[^，,。？?！!]{0,8}(?:多少钱|花多少|要花|费用|成本|开销|支出|总共|一共|得花)|月费|月租", RegexOptions.IgnoreCase)]
    private static partial Regex MonthlyCost();

    [GeneratedRegex(@"\b(?:commissions?|fees?|charges?|take\s+rate|cut|costs?|cost\s+me)\b|佣金|扣点|抽成|抽多少|费用|收费|费率|多少钱", RegexOptions.IgnoreCase)]
    private static partial Regex FeeWords();

    // "is etsy ok for us", "would shopee suit us", "where does amazon rank", "亚马逊适合我们吗", "速卖通排第几".
    [GeneratedRegex(@"\b(?:ok|okay|good|right|suitable|a\s+(?:good\s+)?fit|worth\s+it|an?\s+option|an?\s+good\s+(?:choice|idea))\s+for\s+(?:us|me|our\s+\w+|my\s+\w+)\b|\bsuit(?:s|able)?\s+(?:us|me)\b|\bwhere\s+(?:does|do|would)\s+[\w.\s]{2,30}?\s+rank\b|\b(?:rank|ranked|place|placed)\s+for\s+(?:us|me)\b|\b(?:could|can|should|shall)\s+(?:we|i)\s+(?:use|try|go\s+with|sell\s+on|pick|choose|join|open\s+a\s+(?:store|shop)\s+on)\b|适合我们|适合我|适不适合|合适吗|合不合适|能不能做|可以做吗|排第几|排在第几|排在哪|排名(?:多少|第几|怎么样)", RegexOptions.IgnoreCase)]
    private static partial Regex Suits();

    [GeneratedRegex(@"\bwhy\b|\bhow\s+come\b|为什么|为何|为啥|怎么会", RegexOptions.IgnoreCase)]
    private static partial Regex Why();

    // "what should we fix first", "where do we start", "top priority", "先改进哪方面", "优先解决什么", "最该改进哪里"; the first
    // step or a route asked for: "what's step one for us", "第一步该干啥", "怎么改进，给个路线"; after the result, the first
    // or next things to do in any number ("first steps pls", "next moves?", "第一件事做什么", "下一步干啥").
    [GeneratedRegex(@"\b(?:step\s+(?:one|1)|first\s+steps?|1st\s+steps?|first\s+things?|next\s+(?:steps?|moves?))\b|第一步|头一步|第一件事|头一件事|首先(?:要|该|得|应该)?(?:做|干|搞|弄)|下一步(?:做|干|该|要|怎么|呢|是)|路线|\broad\s*map\b|(?:怎么|如何|怎样)(?:改进|改善)|\b(?:fix|improve|work\s+on|start\s+with|tackle|focus\s+on|address|do|change)\s+first\b|\bwhat\s+(?:should|do|must|shall|would)\s+(?:we|i)\s+(?:fix|improve|work\s+on|focus\s+on|prioriti[sz]e|tackle)\b|\b(?:first|top|biggest|main)\s+(?:priority|priorities|thing\s+to\s+(?:fix|do|improve))\b|\bwhere\s+(?:should|do|can)\s+(?:we|i)\s+(?:start|begin)\b|\bprioriti[sz]e\b|\bmost\s+(?:important|urgent)\s+(?:to\s+)?(?:fix|improve|thing)\b|先(?:改进|改善|改|做|解决|补|提升|处理|弄|搞)|优先(?:改进|解决|做|处理|提升|补)|最(?:需要|应该|该|要)(?:先)?(?:改进|提升|解决|加强|补)|哪(?:个)?(?:方面|里|块)(?:最)?(?:需要|应该|该)?(?:先)?(?:改进|提升|加强|补)|从哪(?:里|儿)?(?:开始|入手|下手)(?:改|提升|补)?", RegexOptions.IgnoreCase)]
    private static partial Regex FixFirst();

    // "level 3", "the third level", "第3级", "第三级", "等级3", "3级".
    [GeneratedRegex(@"\blevel\s*(?<n>[1-5])\b|\b(?<m>first|second|third|fourth|1st|2nd|3rd|4th)\s+level\b|第\s*(?<n>[一二三四五1-5])\s*(?:级|档|等级|层级|个等级)|等级\s*(?<n>[1-5一二三四五])|(?<![第\d])(?<n>[1-5])\s*级", RegexOptions.IgnoreCase)]
    private static partial Regex LevelNumbered();

    [GeneratedRegex(@"\b(?:what|which)\s+(?:are\s+the|do\s+the|is\s+the|are\s+your)\s+levels?\b|\blevels?\s+(?:mean|are\s+there)\b|\b(?:top|highest|lowest|best)\s+level\b|\bwhat\s+level\b|(?:几个|哪些|什么)等级|(?:最高|最低)(?:的)?(?:等级|级)|第几级|什么级别|哪个等级|等级(?:是什么意思|什么意思|有哪些|怎么分)", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWords();

    // "how do we get to the next level", "level up", "how can we raise our score", "怎样才能升到下一级", "怎么提高分数".
    [GeneratedRegex(@"\bnext\s+level\b|\blevel\s+up\b|\b(?:reach|get\s+to|move\s+(?:up\s+)?to|climb\s+to|go\s+up\s+to|get\s+up\s+to)\b[^?.!]{0,25}\b(?:level|ready\s+to\s+\w+)\b|\bhow\s+(?:can|do|could|should)\s+(?:we|i)\s+(?:improve|raise|increase|boost|lift|push\s+up)\s+(?:our|my|the)\s+(?:overall\s+)?(?:score|level|readiness)\b|下一(?:个)?(?:级|等级|档)|升(?:到|一)?(?:级|等级)|升到|提升(?:到|等级|分数|得分|总分)|提高(?:分数|等级|得分|总分)|(?:怎么|如何|怎样)(?:才能)?(?:提高|提升)(?:分数|得分|总分|等级)?", RegexOptions.IgnoreCase)]
    private static partial Regex NextLevel();

    // An area's score asked about: "why is our brand score so low", "compliance is only 35", "合规怎么才35分", "品牌分这么低".
    [GeneratedRegex(@"\bscored?\b|\bscores\b|\bonly\s+\d+|\b(?:so|too|very|really|that)\s+low\b|\blow(?:est)?\b|\bweak(?:est)?\b|\bpoints?\b|\d+\s*分|分数|得分|分(?:这么|那么|太|偏)低|这么低|太低|偏低|最低|最弱|短板|弱项|怎么才|只有\s*\d+|才\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex AreaScoreWords();

    // "why this step?", "why do we need to do this", "what is this step for", "为什么要做这一步", "这一步有什么用".
    [GeneratedRegex(@"\bwhy\b[^?.!]{0,30}\b(?:this|that|the)\s+(?:step|one)\b|\bwhy\s+(?:do|should|must|would)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:do|bother\s+with)\s+(?:this|that|it)\b|\bwhat(?:'s|\s+is)\s+(?:this|that|the)\s+step\s+for\b|\bwhy\s+(?:is\s+)?(?:this|that)\s+(?:needed|necessary|important|first|here)\b|\bwhat(?:'s|\s+is)\s+the\s+point\s+of\s+(?:this|that)\b|\bwhy\s+(?:this|that)\b|为什么[^，,。？?！!]{0,8}(?:这一?步|这个步骤|这么做|要做这|做这个|先做这)|(?:这一?步|这个步骤)[^，,。？?！!]{0,4}(?:有什么用|有啥用|是干什么|干嘛|的目的|为什么|意义)|(?:为啥|干嘛)[^，,。？?！!]{0,6}(?:这一?步|这么做|做这个)", RegexOptions.IgnoreCase)]
    private static partial Regex StepWhy();

    // Why this playbook and not another: "why this fix and not the bad reviews one?", "why this playbook?", "why this one
    // instead of the customs one", "为什么是这个方案，不是物流延误那个？", "为啥用这个办法".
    [GeneratedRegex(@"\bwhy\b[^?.!]{0,30}\b(?:fix|playbook|solution|approach|procedure)\b|\bwhy\b[^?.!]{0,20}\b(?:this|that)\s+one\b[^?.!]{0,20}\b(?:not|instead|rather|over)\b|(?:为什么|为何|为啥|怎么)[^，,。？?]{0,6}(?:这个|这套|这种)?(?:方案|办法|处理方案|解决方案|处理办法)|(?:为什么|为何|为啥)[^，,。？?]{0,10}(?:[，,]\s*)?(?:不是|而不是|不选)[^，,。？?]{1,12}那个", RegexOptions.IgnoreCase)]
    private static partial Regex PlaybookWhy();

    [GeneratedRegex(@"\bhow\s+long\b|\bhow\s+(?:many|much)\s+(?:days|weeks|hours|time)\b|\bwhen\s+(?:will|would|can|could)\b[^?.!]{0,30}\b(?:done|finished|resolved|sorted|back|over|reinstated|released)\b|多久|多长时间|几天|多少天|几周|多少时间|要花多长|什么时候(?:能|可以|会)?(?:好|完成|解决|恢复|结束)", RegexOptions.IgnoreCase)]
    private static partial Regex StepDuration();

    // The result before a what-if, compared: "so the first plan was cheaper, by how much?", "was the earlier one faster?",
    // "what's the difference from before?", "刚才那个是不是便宜一些，差多少", "之前的方案贵多少"; also the difference asked
    // without naming the earlier one ("and the difference in cost?", "how much extra is that?", "贵了多少", "比刚才便宜多少",
    // "两个结果有什么不一样"). "The first one" alone is the top option of the result shown ("why is the first one better than
    // the cheapest?"), and a why asks for reasons.
    [GeneratedRegex(@"\b(?:(?:earlier|previous|original|old|other)\s+(?:one|plan|result|option|quote|route|channel|price|answer)|first\s+(?:plan|result|quote|answer))\b[^?]{0,40}\b(?:cheaper|pricier|more\s+expensive|less\s+expensive|faster|slower|quicker|differ\w*|by\s+how\s+much|how\s+much\s+(?:more|less|cheaper))\b|\bby\s+how\s+much\b|\b(?:cheaper|pricier|more\s+expensive|faster|slower)\s+(?:than\s+)?(?:before|earlier|the\s+first\s+(?:one|plan|result))\b|\bdifference\s+(?:from|to|with)\s+(?:before|the\s+(?:first|earlier|previous)\s+(?:one|plan|result))\b|(?:刚才|之前|原来|上一个|第一个|前一个|改之前)(?:那个|的)?(?:方案|结果|渠道|报价)?[^，,。？?]{0,8}(?:便宜|贵|快|慢|差多少|差价|区别|差别)|\bdifference\s+in\s+(?:the\s+)?(?:cost|price|shipping|rate)s?\b|\bhow\s+much\s+(?:more|less|extra|cheaper|pricier|dearer|do\s+(?:i|we)\s+save|would\s+(?:i|we)\s+save|will\s+(?:i|we)\s+save)\b|\bcompared\s+(?:with|to)\s+(?:before|earlier|the\s+(?:first|earlier|previous|other)\s+(?:one|result|plan|quote))\b|\b(?:which|what)\s+of\s+the\s+two\b[^?]{0,30}\b(?:cheaper|less|more|faster|slower)\b|(?:贵|便宜|多花|省|差|多)了?多少(?:钱)?|比(?:刚才|之前|原来|上一个|前一个)[^，,。？?]{0,6}(?:便宜|贵|快|慢|多|少)|两个(?:结果|方案|渠道|报价)?[^，,。？?]{0,6}(?:区别|不一样|不同|差别|哪个便宜|哪个贵)|\bor\b[^?.!]{0,30}\b(?:the\s+)?(?:cheaper|pricier|faster|slower|quicker|more\s+expensive|less\s+expensive)\b|(?:和|跟|还是)[^，,。？?]{1,8}哪(?:边|个|一个|里|儿)[^，,。？?]{0,4}(?:更)?(?:便宜|低|贵|高|快|慢|划算|省)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWithBefore();

    // "how do we stop this happening again?", "how to prevent it next time", "以后怎么避免", "这种情况以后怎么预防", "下次怎么防止
    // 再出现": what keeps the problem from coming back, asked at a playbook step — also as a change so it does not come back
    // ("what do we change so the complaints don't pile up again?", "stop it creeping back up"), from now on ("going forward,
    // how do we keep X from getting held up?", "make sure the next batch clears") or what to watch next time ("往后发巴西怎么
    // 做才不会又被扣", "以后换实验室要注意什么", "下一批怎么才能少点退货").
    // Another one of the same avoided ("how can we avoid another complaint like this", "how do we stop more of these claims"),
    // or a rate brought down from now on ("以后怎么把退货率降下来", "今后咋样才能让差评少一点"). The verbs in any form ("tips for
    // avoiding this in future", "stopping it coming back").
    [GeneratedRegex(@"\b(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|stop(?:s|ped|ping)?)\b[^?.!]{0,12}\b(?:another|more|further|similar|any\s+more)\b|(?:以后|今后|下次|将来|往后|长远|长期)[^，,。？?]{0,4}(?:怎么|如何|怎样|咋样?)(?:才能|才)?[^，,。？?]{0,10}(?:降下来|降低|降一降|减少|少一点|少点|少一些|不再|别再|不会再|避免|防止)|\b(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|stop(?:s|ped|ping)?)\b[^?.!]{0,40}\b(?:again|next\s+(?:time|season|year|order|batch|shipment)|in\s+(?:the\s+)?future|later\s+on|happening|recurr\w*|repeat\w*|coming\s+(?:up|back))\b|\bprevent(?:ion|ive)?\b|\bnever\s+happens?\s+again\b|\bkeep\s+(?:this|it|that)\s+from\s+(?:happening|coming\s+back|recurring)\b|\bnot\s+get\s+\w+(?:\s+like\s+(?:this|that))?\s+again\b|\bstops?\s+happening\b|\b(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+(?:happen|come\s+back|recur)\b[^?.!]{0,20}\b(?:again|a\s+second\s+time|next\s+time)\b|\bso\s+(?:it|this|that)\s+(?:doesn'?t|does\s+not|won'?t|never)\s+(?:happen|come\s+back|recur)\b|\bdo\s+(?:\w+\s+)?differently\b|\bfor\s+good\b|\b(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|stop(?:s|ped|ping)?)\b[^?.!]{0,30}\b[a-z]+ing\s+back\b|\b(?:don'?t|doesn'?t|won'?t|do\s+not|does\s+not|will\s+not)\b[^?.!]{0,25}\bagain\b|\b(?:going\s+forward|from\s+now\s+on|in\s+future)\b[^.!]{0,60}\b(?:how|what)\b|\b(?:how|what)\b[^.!]{0,60}\b(?:going\s+forward|from\s+now\s+on)\b|\bkeep\b[^?.!]{0,30}\bfrom\s+(?:getting|being|happening|coming)\b|\bmake\s+sure\b[^?.!]{0,30}\b(?:next|future|again)\b|(?:以后|下次|今后|将来|往后|下一批|下批|下回)[^，,。？?]{0,8}(?:避免|预防|防止|防着|防范|杜绝|不再|减少|少出|少点|少些|不出|不会再|不会又|别再|别又|注意什么|注意哪些|注意啥|要注意|该注意)|(?:避免|预防|防止|杜绝)[^，,。？?]{0,8}(?:再次|再|以后|下次)|(?:怎么|如何|怎样)(?:做)?(?:才能|才)?(?:预防|避免|防止|杜绝|不再|不会再|别再)|才不会(?:再|又)", RegexOptions.IgnoreCase)]
    private static partial Regex Prevention();

    // Someone else's process, not the step: "how long do customs take to release it?", "how long does that take them to
    // review?", "how long to get one?", "申诉几天有结果", "平台审核要几天", "多久能拿到": the knowledge base's question.
    [GeneratedRegex(@"\b(?:them|they|customs|platforms?|amazon|ebay|etsy|shopee|walmart|tiktok|lazada|temu|buyers?|carriers?|couriers?|reviews?|appeals?|approv\w*|releas\w*|respond\w*|repl(?:y|ies)|hear\s+back|decid\w*|decisions?|refunds?|reinstat\w*|clear(?:ed|ance)?)\b|\bto\s+(?:get|obtain|receive)\s+(?:it|that|this|one|them|the|a|an)\b|\b(?:labs?|laborator\w*|tests?|testing|certificat\w*|certified)\b|审核|申诉|结果|拿到|回复|答复|放行|到账|批下来|批准|退款|恢复|清关|拿证|出证|下证|办下来|办好|认证|检测|实验室|海关|平台|承运商|物流商|快递公司|买家|退回|退运|给(?:我们|你们|我)?(?:几|多少)天|期限|时限|截止", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneElsesProcess();

    // The one option asked for, or why the first is above the rest: "if i can only run one platform which would you pick",
    // "if we had to stick to just one, which one would you go with?", "what puts the first channel above the rest?", "what
    // makes the top channel better than the others?", "只做一个平台的话你推荐哪个", "第一个渠道凭什么排在最前面".
    [GeneratedRegex(@"\b(?:only|just|single|one)\b[^?.!]{0,40}\b(?:which|what)\b[^?.!]{0,30}\b(?:pick|choose|go\s+with|recommend|take|be)\b|\bwhich\s+(?:one\s+)?(?:would|should)\s+(?:you|i|we)\s+(?:pick|choose|go\s+with|recommend|take)\b|\bwhat\s+(?:puts|makes|gets|keeps)\s+(?:the\s+)?(?:first|top|number\s+one|#1)\b|\b(?:above|ahead\s+of|better\s+than)\s+the\s+(?:rest|others|other\s+ones)\b|只(?:做|选|用|开|上|走)?(?:一个|一家|一种|一条)[^，,。？?]{0,12}(?:推荐|选|哪)|(?:你|您)(?:会)?(?:推荐|选)哪(?:个|一个|家|种)|凭(?:什么|啥)[^，,。？?]{0,10}(?:排|第一|最前)", RegexOptions.IgnoreCase)]
    private static partial Regex OnePick();

    // What a platform asks of a seller to join: "what are the entry requirements", "what do we need to get approved", "开店要
    // 准备哪些资料", "入驻要什么条件".
    [GeneratedRegex(@"\b(?:entry\s+)?requirements?\b|\bwhat\s+(?:do|does|would)\s+(?:we|i|they)\s+need\s+(?:to\s+(?:join|open|register|sign\s+up|get\s+(?:approved|accepted|in|started|on)|start|sell|list|apply)|for\s+(?:joining|opening|registering))\b|\bget\s+approved\b|\b(?:qualif\w+|eligib\w+)\b|入驻|开店[^，,。？?]{0,6}(?:要|需要|准备|条件|资料|资质)|条件|资料|资质|门槛", RegexOptions.IgnoreCase)]
    private static partial Regex EntryWords();

    // "what level will we be", "我们最后会是第几级", "我们能得多少分": the readiness result's own figure asked for early.
    [GeneratedRegex(@"\bwhat\s+(?:level|score)\s+(?:will|would|do|might)\s+(?:we|i)\b|\bwhich\s+level\b|\b(?:our|my)\s+(?:level|score)\s+(?:be|will\s+be)\b|第几级|什么级别|哪个等级|(?:能|会)得?(?:多少|几)分|(?:能|会)(?:是|到)(?:什么|哪个)(?:等级|级别)", RegexOptions.IgnoreCase)]
    private static partial Regex OurLevel();
}
