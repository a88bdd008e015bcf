using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The shape of a message, in English and Chinese: is it a question, a what-if on a result, a "why", a problem being
/// reported, a request for the saved plan. Only the shape: what the message is about comes from the recognizer.
/// </summary>
public static partial class MessageCues
{
    /// <summary>
    /// A question: a question mark, opening with a question word ("how do i…", "what is…", "是否…", "…吗"), or a
    /// search-style request for a fact that ends with the fact asked ("巴西50美元以下包裹税率", "poland vat rate").
    /// </summary>
    public static bool IsQuestion(string text) =>
        text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('？') || EnglishQuestionStart().IsMatch(text.Trim()) || (ChineseQuestion().IsMatch(text) && !ChineseDoubt().IsMatch(text) && !ChineseWhichever().IsMatch(text))
        || FactAskedLast().IsMatch(text);

    /// <summary>
    /// Chinese whose only question word is "几" as "a few" ("抽检，每批抽几个" — a few per batch): no question mark, no
    /// closing particle, no other question word. Inside a guide that reads the message as an answer, it answers.
    /// </summary>
    public static bool AsksOnlyByAFew(string text)
    {
        var trimmed = text.Trim();
        return LanguageDetector.ContainsCjk(trimmed) && AFew().IsMatch(trimmed) && !trimmed.EndsWith('?') && !trimmed.EndsWith('？')
            && !ClosingParticle().IsMatch(trimmed) && !ChineseQuestion().IsMatch(AFew().Replace(trimmed, "些"));
    }

    /// <summary>A change of one input after a result: "what if…", "and australia?", "and with a budget of…", "France instead", "换成法国呢".</summary>
    public static bool IsWhatIf(string text) => WhatIf().IsMatch(text);

    /// <summary>"Why…?", "为什么…": asks for reasons.</summary>
    public static bool IsWhy(string text) => Why().IsMatch(text);

    /// <summary>A question about the bot's own result: its score, level, fit, rank or top pick.</summary>
    public static bool IsAboutResult(string text) => IsWhy(text) || ResultWords().IsMatch(text);

    /// <summary>
    /// Asks for a fact about a pick rather than for the ranking's reasons: "what commission does the top one take?",
    /// "排第一的平台佣金多少" is the knowledge base's question, not the result's explanation ("why is it first?" is).
    /// </summary>
    public static bool AsksForAFact(string text) => !IsWhy(text) && FactWords().IsMatch(text);

    /// <summary>
    /// "What do I do", "怎么办", "help me fix", "how do we get our money back": someone reporting a problem, not asking how
    /// something works ("how do I get our wallets to a stockist" asks the way there).
    /// </summary>
    /// <remarks>
    /// A plan not yet made, said with a question word ("退货怎么处理还没定", "not sure yet how we'd handle returns"), tells
    /// no trouble: it answers with a don't-know. Nor does a party's wish for a service ("the buyer wants to follow the
    /// parcel online"): what someone wants is trouble only when it is a payment, a document, a refund or a return.
    /// </remarks>
    public static bool SoundsLikeAProblem(string text)
    {
        // The arbiter and the guide requests ask this of the same message two to four times a turn, and ProblemWords is
        // one of the largest patterns run per message: the last answer is kept per thread (a function of the text alone).
        if (t_lastProblem is { } last && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Sounds;
        }

        var sounds = ProblemWords().IsMatch(text) && !IsUndecided(text);
        t_lastProblem = new ProblemAnswer(text, sounds);
        return sounds;
    }

    [ThreadStatic]
    private static ProblemAnswer? t_lastProblem;

    private sealed record ProblemAnswer(string Text, bool Sounds);

    /// <summary>
    /// A buyer's wish for a service ("the buyer wants tracking", "our customer would like updates", "客户想要物流单号"): what
    /// the buyer wants is trouble only as a payment, a document, a refund or a return (<see cref="SoundsLikeAProblem"/>),
    /// so a wish that is none of those reports nothing, whatever problem type its topic names.
    /// </summary>
    public static bool StatesABuyersWish(string text) => BuyersWish().IsMatch(text) && !SoundsLikeAProblem(text);

    /// <summary>
    /// A statement that something is not decided or known yet, with a question word inside it ("退货怎么弄还没想好",
    /// "物流用哪家还没定", "not sure yet how we would handle returns"): a don't-know answer, neither a question nor a problem.
    /// </summary>
    public static bool IsUndecided(string text) => ChineseDoubt().IsMatch(text.Trim()) || EnglishUndecided().IsMatch(text.Trim());

    /// <summary>Asks for the saved plan in one's own words ("can you show me the plan from last time?", "我上次的方案呢").</summary>
    /// <remarks>
    /// Besides the set phrasings, by meaning: a message that points back in time ("earlier", "last time", "you gave me",
    /// "上回", "之前给我的"), names a result ("plan", "recommendation", "方案", "推荐的平台") and asks to see it ("show",
    /// "pull up", "what was", "发我看看") or asks after it in any question form ("还能看吗", "is it still saved?") that is
    /// not a why, a fact or a rule; "again" counts as pointing back only beside a verb of seeing. The result may be named
    /// by what the bot did, beside a verb of seeing ("bring back what you worked out for me", "你之前帮我们算出来的那个再发一下"),
    /// or by a guide's topic with a word that points at it ("that korea shipping thing", "那个发加拿大的东西").
    /// "Before" opening a clause of its own ("before I answer that, …") points back to nothing, and "answer" is a result
    /// only as the bot's ("your answer").
    /// </remarks>
    public static bool AsksForPlan(string text) =>
        PlanRequest().IsMatch(text)
        || ((ResultNoun().IsMatch(text) || ResultClause().IsMatch(text) || ResultByTopic().IsMatch(text)) && SeeVerb().IsMatch(text) && (EarlierReference().IsMatch(text) || SeeAgain().IsMatch(text)))
        || (ResultNoun().IsMatch(text) && EarlierReference().IsMatch(text) && IsQuestion(text) && !IsWhy(text) && !AsksForAFact(text) && !AsksAboutRules(text) && !ComparesResults().IsMatch(text));

    /// <summary>Asks which option to take ("which marketplace suits us?", "best way to ship", "选什么平台", "怎么发最划算").</summary>
    public static bool AsksForAChoice(string text) => ChoiceRequest().IsMatch(text) || WhereToSell().IsMatch(text);

    /// <summary>
    /// "we already run our own site, what should we watch out for?", "想开个独立站卖到美国，需要注意什么": asks for advice on
    /// a path already chosen, which the knowledge base answers; no guide chooses anything for it.
    /// </summary>
    public static bool AsksForAdvice(string text) => AdviceAsked().IsMatch(text) && !AsksForAChoice(text);

    /// <summary>"where should i sell online", "which online shops should we be on?", "上架到哪些网上商城好": asks where to sell, which is the platform guide's question.</summary>
    public static bool AsksWhereToSell(string text) => WhereToSell().IsMatch(text);

    /// <summary>
    /// "where do we begin?", "how do we get started with cross-border ecommerce?", "想做跨境电商，从哪里开始": a seller
    /// asking how to start selling abroad, which the readiness check answers — not one rule of the knowledge base.
    /// </summary>
    public static bool AsksWhereToBegin(string text) =>
        SellingAbroad().IsMatch(text) && (WhereToBegin().IsMatch(text) || (BeginAnywhere().IsMatch(text) && !AsksAboutRules(text)));

    /// <summary>
    /// "where do I start?", "该从哪里开始？": the whole message asks where to begin and names nothing else. At the menu of
    /// a bot for selling abroad that can only mean selling abroad; inside a guide it may mean the guide's own task.
    /// </summary>
    public static bool AsksOnlyWhereToBegin(string text) => OnlyWhereToBegin().IsMatch(text);

    /// <summary>
    /// "how export-ready are we?", "could you assess whether our factory can handle selling overseas", "我们准备好出海了吗",
    /// "我们这种厂能不能做跨境": the seller asks how ready the company is to sell abroad, which the readiness check
    /// measures. Needs the company itself (we, our business, 我们, 我司), a word of readiness or ability, and selling
    /// abroad (or a readiness word that says it, "export-ready"); a question about rules, a platform or shipping is not one,
    /// unless it names the readiness itself and asks for no choice ("a readiness check on my one-woman shopify business": the
    /// shop is the seller; "我们适合在哪个平台出海" still asks for a platform).
    /// </summary>
    public static bool AsksHowReady(string text) =>
        ReadyWords().IsMatch(text) && OwnCompany().IsMatch(text) && (SellingAbroad().IsMatch(text) || ReadinessItself().IsMatch(text))
        && !AsksAboutRules(text) && ((ReadinessItself().IsMatch(text) && !AsksForAChoice(text)) || !IntentCues.NamesAnotherTopicThan(IntentNames.StartReadiness, text));

    /// <summary>
    /// "my bad, the buyer is in Spain", "sorry I meant 3 kg", "我说错了，是发到英国": the user corrects an earlier answer.
    /// Inside a guide that reads the message it is an answer, whatever else its words (a buyer, "wait") suggest.
    /// </summary>
    public static bool CorrectsAnAnswer(string text) => Correction().IsMatch(text);

    /// <summary>At most eight words (English) or sixteen characters (Chinese): a message that can only name its topic.</summary>
    public static bool IsShort(string text) =>
        LanguageDetector.ContainsCjk(text) ? text.Trim().Length <= 16 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;

    /// <summary>Asks about rules, not a choice ("legally", "what documents", "需要什么认证").</summary>
    public static bool AsksAboutRules(string text) => CountryRuleWords.AsksAboutRules(text);

    /// <summary>A case supposed, not one lived: "what if customs hold it?", "如果被扣了怎么办".</summary>
    public static bool IsHypothetical(string text) => Hypothetical().IsMatch(text);

    /// <summary>Asks the bot to do something, or to drop what it is doing: "help me…", "I'd like to…", "算了，我想…", "帮我看看".</summary>
    public static bool RequestsATask(string text) => TaskRequest().IsMatch(text);

    /// <summary>
    /// States goods that must reach someone: "a container that has to reach a buyer in Chile", "our samples need to get
    /// to a client in Poland", "two cartons going out to a garden centre in lyon", "货要送到德国的客户手上".
    /// </summary>
    public static bool StatesADelivery(string text) => Delivery().IsMatch(text);

    /// <summary>Asks for something to be worked out: "帮忙算一下运费", "can you estimate the shipping", "compare couriers".</summary>
    public static bool AsksToWorkOut(string text) => WorkOut().IsMatch(text);

    /// <summary>
    /// A message that answers and asks at once ("australia - btw do they charge GST?", "100 usd. also do i pay duty?",
    /// "一千五百块。另外低报有什么风险？"): its sentences that ask, and the rest; null unless it has both.
    /// </summary>
    public static (string Answer, string Question)? SplitAnswerAndQuestion(string text)
    {
        var sentences = SentenceBreak().Split(text).SelectMany(part => CommaBeforeQuestion().Split(part))
            .Select(part => part.Trim(' ', ',', '，', '-', '—', '–')).Where(part => part.Length > 0).ToList();
        var asks = sentences.Where(IsQuestion).ToList();
        var says = sentences.Where(part => !IsQuestion(part)).ToList();
        if (asks.Count > 0 && says.Count > 0)
        {
            return (string.Join(", ", says), string.Join(" ", asks));
        }

        // "耳机里有锂电池，这个有影响吗": an answer, then after a comma a question about what it said.
        var comma = text.TrimEnd().LastIndexOfAny([',', '，']);
        if (comma > 0 && text[(comma + 1)..].Trim() is { Length: > 0 } last && IsQuestion(last) && PointsBack(last)
            && text[..comma].Trim() is { Length: > 0 } first && !IsQuestion(first))
        {
            return (first, last);
        }

        return null;
    }

    /// <summary>
    /// A question that points back to what was just said ("is that a problem?", "这个有影响吗", "会不会有问题"): it is
    /// about the answer beside it, so it is asked with the answer in front ("there's a lithium battery inside, is that a
    /// problem?"); any other question is asked as it is.
    /// </summary>
    public static string AboutTheAnswer(string answer, string question)
    {
        if (!PointsBack(question))
        {
            return question;
        }

        var said = AnswerLead().Replace(answer.Trim(), string.Empty).Trim();
        return said.Length == 0 ? question : said + (LanguageDetector.ContainsCjk(question) ? "，" : ", ") + question.Trim();
    }

    /// <summary>A question whose subject is what was just said: "that", "it", "这个", "这样", or a bare "有影响吗".</summary>
    public static bool PointsBack(string question) => PointingBack().IsMatch(question.Trim());

    /// <summary>
    /// Asks what a shipment would cost or how long it would take ("how much would it cost to send it to Italy?", "what
    /// would 3 kg cost?", "寄日本要几天", "运费多少"): the logistics result's own measures, not a rule to look up.
    /// </summary>
    public static bool AsksForAnOutcome(string text) => Outcome().IsMatch(text) && !AsksAboutRules(text);

    /// <summary>
    /// The request that follows words dropping what went before ("never mind that, we need to ship 20 kg to Poland",
    /// "算了这个先放一边，帮我看看…"); null when the message does not open by dropping something or nothing follows.
    /// "Scratch that" is not one: it corrects an answer ("scratch that, it's 5 lbs").
    /// </summary>
    public static string? AfterDroppingTheCurrent(string text)
    {
        var match = DropLeadIn().Match(text);
        return match.Success && match.Groups["rest"].Value.Trim() is { Length: > 0 } rest ? rest : null;
    }

    /// <summary>A message long enough to be more than a one-word reply (words in English, characters in Chinese).</summary>
    public static bool IsSentence(string text) =>
        LanguageDetector.ContainsCjk(text) ? text.Trim().Length >= 5 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;

    // The question's subject points back: "is that…", "does it…", "would this…", "这个/这样/那样…", or it names no subject
    // and asks whether there is an effect or a problem ("有影响吗", "会不会有问题").
    [GeneratedRegex(@"^(?:(?:and|so|but|ok|also|btw)[,\s]+)?(?:(?:is|does|will|would|can|could|should|might|isn'?t|doesn'?t|won'?t)\s+(?:that|this|it|those|these)\b|(?:that|this|it)(?:'s|\s+(?:is|will|would|could|might|can))\b)|^(?:那|这)(?:个|样|些|种)?|^(?:它|那样)|(?:有|会有|会不会有|有没有|会)(?:影响|问题|关系|麻烦)|要紧吗|行不行[？?]?$|可以吗[？?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PointingBack();

    // A yes or no in front of an answer ("yes there's a battery", "是的，有电池") says nothing the question needs.
    [GeneratedRegex(@"^(?:(?:yes|yeah|yep|yup|yea|ya|no|nope|nah|ok|okay|sure|well)\b[,\s]*|(?:是的|是|对的|对|有的|嗯|没错)[，,\s]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLead();

    // Asking where to begin, anywhere in a message ("…, where do we even begin, what do we need?", "从哪里开始比较好").
    [GeneratedRegex(@"\bget(?:ting)?\s+started\b|\bwhere\s+(?:do|should|can|would|to)\s+(?:we\s+|i\s+)?(?:even\s+|first\s+)?(?:start|begin)\b|\bhow\s+(?:do|can|should|would)\s+(?:we|i|one)\s+(?:even\s+)?(?:get\s+started|start|begin)\b|\bhow\s+to\s+(?:get\s+started|start|begin)\b|\bfirst\s+steps?\b|从哪(?:里|儿)?(?:开始|起步|入手|做起|着手|下手)|从何(?:开始|入手|做起)|(?:怎么|如何|该怎么|应该怎么)(?:开始|起步|入手|做起|入门)|第一步(?:做什么|该做什么|怎么做|是什么|从哪)", RegexOptions.IgnoreCase)]
    private static partial Regex BeginAnywhere();

    [GeneratedRegex(@"^\s*(?:(?:so|ok|okay|hmm+|um+|well|and|then)[,\s]+)*(?:where\s+(?:do|should|can|would)\s+(?:we|i)\s+(?:even\s+)?(?:start|begin)|how\s+(?:do|should|can)\s+(?:we|i)\s+(?:get\s+started|start|begin))(?:\s+(?:then|now|here))?\s*[?？.!。！]*\s*$|^\s*(?:那|那么|所以)?(?:我们|我)?(?:该|应该|要|得)?从哪(?:里|儿)?(?:开始|起步|入手|做起|下手|着手)(?:呢|啊|呀|好|比较好|才好)?\s*[?？.!。！]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyWhereToBegin();

    // Readiness or the ability to take something on: "ready", "prepared", "can handle", "准备好", "行不行", "够不够条件".
    [GeneratedRegex(@"\b(?:[a-z]+-)?ready\b|\bprepared\b|\breadiness\b|\bpreparedness\b|\bcut\s+out\s+for\b|\bup\s+to\s+(?:it|the\s+job)\b|\b(?:can|could)\s+(?:we|i|it|they|our\s+\w+|my\s+\w+)\s+(?:really\s+)?(?:handle|manage|cope|take\s+on|do)\b|\bable\s+to\s+(?:handle|sell|export|go)\b|\b(?:rate|assess|evaluate|gauge|judge|score|grade|check)\s+(?:us|me|our|my|how|whether|if)\b|\b(?:rate|assess|evaluate|gauge|judge)(?:\s+(?:us|me|it|that|this))?\s*[?？.!。！]*\s*$|\bin\s+a\s+(?:good\s+|strong\s+)?position\s+to\b|\bwhat\s+it\s+takes\b|\b(?:big|strong|large|mature|established|experienced)\s+enough\b|\bcapable\s+of\b|\bwell\s+enough\b|\bset\s+up\s+(?:well|right|properly)\b|\bhave\s+the\s+(?:capacity|resources|means)\b|有没有本事|有本事|有没有实力|有实力|有没有能耐|(?:做|干|搞)得(?:了|来|起)|有没有条件|有条件|条件够不够|准备好|准备得|准备度|准备情况|够不够|够格|够条件|具备[^，,。？?]{0,6}条件|有没有能力|能不能做|能否做|可不可以做|适不适合|适合做|行不行|可行吗|测评|评估|评测|打个?分|测一下|诊断", RegexOptions.IgnoreCase)]
    private static partial Regex ReadyWords();

    // The seller's own company: "we", "us", "our business", "my factory", "my one-woman shopify business", "我们", "我司", "咱们",
    // "我们厂", "自己", "厂里", and the company one speaks for ("老板让我…", "评估下公司").
    [GeneratedRegex(@"\b(?:we|we're|we've|us|our|ours|i|i'm)\b|\bmy\s+(?:[\w-]+\s+){0,3}?(?:company|business|factory|firm|team|shop|store|workshop|studio|brand)\b|我们|我司|咱们|本公司|我(?:这|的)?(?:公司|工厂|厂)|自己|自家|厂里|本厂|(?:老板|领导|上司)让我|(?:评估|测评|评测|诊断|看看|测测)(?:一)?下?公司", RegexOptions.IgnoreCase)]
    private static partial Regex OwnCompany();

    // Readiness words that already mean selling abroad: "export-ready", "readiness", "准备度".
    [GeneratedRegex(@"\b(?:export|market|global|international)[- ]ready\b|\b(?:export\s+)?readiness\b|准备度|出海", RegexOptions.IgnoreCase)]
    private static partial Regex ReadinessItself();

    [GeneratedRegex(@"\bmy\s+(?:bad|mistake|error)\b|\bi\s+meant\b|\bsorry,?\s+(?:i\s+meant|it'?s|its|it\s+is|make\s+(?:that|it)|should\s+be|wrong)\b|\bcorrection\b|\btypo\b|\bwrong\s+(?:country|weight|value|number|size|market|amount|one)\b|\bscratch\s+that\b|\bi\s+(?:said|typed|wrote)\s+(?:it\s+)?wrong\b|说错了?|搞错了?|写错了?|打错了?|弄错了?|记错了?|我的错|更正一下|纠正一下|更正：|应该是|其实是", RegexOptions.IgnoreCase)]
    private static partial Regex Correction();

    [GeneratedRegex(@"\bhow\s+(?:much|long|many\s+days|fast|quickly)\b|\b(?:cost|costs|costing|price|priced|quote|days|weeks)\b|多少钱|运费|邮费|费用|几天|多少天|多久|多长时间|要多少|贵不贵|便宜多少", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    // Words that drop the current thing, then punctuation, then the new request.
    [GeneratedRegex(@"^\s*(?:(?:ok|okay|oh|actually|hmm+|um+|wait|sorry|no|well)[,\s]+)*(?:never\s*mind|nvm|forget\s+(?:about\s+)?(?:it|that|this|those|the\s+\w+))(?:\s+(?:that|this|for\s+now|then|pls|please|actually))*\s*(?:[,.;:!—–-]+\s*|\s+)(?<rest>\S.*)$|^\s*(?:(?:哦|嗯|那|诶|哎)[，,\s]*)?(?:算了|先不管|不管了|(?:这个|那个)?先放(?:一边|一放)|先不(?:选|寄|发|做|弄|评估|看)|不(?:选|寄|发|做|弄|评估|看)[\u4e00-\u9fff]{0,4}?了)[^，,。；;！!？?\s]{0,12}[，,。；;！!\s]+(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DropLeadIn();

    // "几个", "几件", "几箱" after a verb of taking or checking: "a few", as in "每批抽几个".
    [GeneratedRegex(@"(?<=[抽挑拿检查测验试])几(?:个|件|箱|只|台|套|样)")]
    private static partial Regex AFew();

    [GeneratedRegex(@"[吗呢么嘛][。.!！]?\s*$")]
    private static partial Regex ClosingParticle();

    // The end of a sentence ("." or "!" before a space, a question mark kept with its sentence, Chinese stops) or a dash
    // between spaces; "1.5 kg" and "30-40 usd" stay whole.
    [GeneratedRegex(@"(?<=[.!;?？])\s+|(?<=[。！；？])|\s+[-—–]+\s+")]
    private static partial Regex SentenceBreak();

    // A comma before a question's opening words ("australia, do they charge GST?").
    [GeneratedRegex(@"[,，]\s*(?=(?:and\s+|also\s+|btw\s+|by\s+the\s+way\s+)?(?:what|how|why|which|when|where|do|does|is|are|can|should|will)\b|另外|顺便|对了)", RegexOptions.IgnoreCase)]
    private static partial Regex CommaBeforeQuestion();

    // Nouns that only name a fact to look up (a rate, a threshold, a deadline), never a task or a product, so a message
    // that ends with one is asking for it. The lookbehind keeps a long run of text from being rescanned.
    [GeneratedRegex(@"(?:税率|关税率|增值税率|免税额度?|免税门槛|起征点|门槛|限额|费率|佣金比例|佣金率|时效|申报期限|有效期)\s*[。.!！]?\s*$|(?<=\w\s)(?:(?:vat|gst|tax|duty|tariff|import\s+duty|commission|referral\s+fee)\s+rates?|threshold|de\s*minimis(?:\s+(?:limit|threshold|value))?|(?:duty[- ]free|tax[- ]free)\s+(?:limit|allowance|threshold)|(?:commission|referral|selling)\s+fees?|(?<!\bno\s)(?<!\bany\s)(?:[\p{L}]+\s+)fees?|transit\s+times?)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FactAskedLast();

    [GeneratedRegex(@"\b(?:(?<!\b(?:want|wants|wanted|hope|hoping|like|love|trying|try|aim|aiming|looking|help\s+us|help\s+me|marketplaces?|platforms?|sites?|websites?|channels?|shops?|stores?|ways?)\s+to\s+)(?<!\b(?:we|i|us)\s+)reach|get\s+to|go\s+to|arrive\s+(?:at|in|to)|be\s+(?:delivered|sent|shipped)\s+to|(?:headed|heading|bound|destined)\s+(?:to|for)|on\s+(?:its|their)\s+way\s+to|(?:go|goes|going|went)\s+(?:out\s+|over\s+|off\s+)?to|(?:ship|send|mail|post|deliver|courier|get|move|bring|truck)\s+(?:[\w'-]+\s+){0,6}?(?:over\s+|out\s+)?to)\s+(?:a|an|the|our|my|one\s+of\s+our)?\s*(?:\w+\s+)?(?:buyers?|clients?|customers?|distributors?|importers?|partners?|warehouses?|shops?|stores?|retailers?|boutiques?|contractors?|supermarkets?|wholesalers?|resellers?|stockists?|showrooms?|outlets?|agents?|dealers?|cent(?:re|er)s?|salons?|studios?|galler(?:y|ies)|hotels?|restaurants?|caf[eé]s?|chains?|consignees?|recipients?)\b|\b(?:need|needs|have|has|got|gotta|want|wants)\s+to\s+(?:ship|send|move|mail|post|deliver|courier|freight|truck)\s+(?:[\w'-]+\s+){1,8}?to\s+(?!(?:sell|buy|be|see|know|check|find|make)\b)\p{L}|\b(?:headed|heading|bound|destined)\s+(?:to|for)\s+\p{L}|(?:送到|寄到|运到|发到|交到|送去|寄去|运去|发去|送往|运往|发往|寄往)[^，,。]{0,12}(?:客户|买家|经销商|进口商|仓库|门店|店铺|商店|超市|商场|专卖店)", RegexOptions.IgnoreCase)]
    private static partial Regex Delivery();

    [GeneratedRegex(@"\b(?:calculate|calc|estimate|work\s+out|figure\s+out|compare|quote\s+(?:me|us|for)|price\s+up)\b|算一下|算算|算下|帮我算|计算|估算|估一下|测算|核算|报个?价|比较一下|对比一下|比一比", RegexOptions.IgnoreCase)]
    private static partial Regex WorkOut();

    [GeneratedRegex(@"\b(?:if|in\s+case|suppose|supposing|hypothetically)\b|如果|万一|假如|假设|要是|的话", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\b(?:i|we)\s*(?:want|wanna|would\s+like|'d\s+like|need|have)\s+to\b|\bhelp\s+(?:me|us)\b|\blet'?s\b|\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:help|check|find|tell|work\s+out|figure\s+out|suggest|recommend|advise)\b|\b(?:hold\s+on|wait|forget\s+(?:it|this|that)|never\s*mind|first)\b|我想|我要|我们想|我们要|想先|帮我|帮忙|帮我们|先不(?=[^，,。；;！!？?\s]*[，,。；;！!？?\s]+(?!(?:以后|之后|回头|改天|下次|晚点|后面|过段时间)(?:再)?(?:说|聊|弄|看|讲|处理|考虑|做)(?:吧|了)?\s*[。.!！]?\s*$)\S)|(?<!就|那就)算了(?=[^，,。；;！!？?\s]*[，,。；;！!？?\s]+(?!(?:以后|之后|回头|改天|下次|晚点|后面|过段时间)(?:再)?(?:说|聊|弄|看|讲|处理|考虑|做)(?:吧|了)?\s*[。.!！]?\s*$)\S)|不选了|等一下|等等|换个话题", RegexOptions.IgnoreCase)]
    private static partial Regex TaskRequest();

    [GeneratedRegex(@"^(?:(?:and|so|but|ok|okay|also|hey|hi|hello|btw|quick question)[,\s]+){0,3}(?:what|whats|what's|wat|how|why|which|when|where|who|whose|(?:is|are|am|do|does|did|can|could|should|shall|would|will|must|may|might)\b(?!\s+(?:be|been|have|get|got|like|love|prefer|rather)\b)|any\s+idea|tell me|explain)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishQuestionStart();

    // Question words used as indefinites are no question: "没什么特别的" (nothing special), "什么都行" (anything goes),
    // "没啥特别的", "衣服鞋子啥的" (and so on),
    // "晚几天到也行" (a few days late is fine), "前几个月" (the past few months).
    [GeneratedRegex(@"吗[？?。！!]?\s*$|(?<!没|没有|不是|不算|没啥)什么(?!都|也)|(?<![不没])怎么|(?<![不没])怎样|(?<!没|没有|不是|不算)啥(?!都|也|的)|为什么|为何|为啥|哪些|哪个|哪里|哪儿|多少|多久|(?<![晚早慢快多过等再这那前后好头])几(?:天|个)(?![^，,。？?]{0,6}是(?:我们|我司|自己|自家|咱们))|是否|能否|能不能|可不可以|要不要|需不需要|有没有|如何|请问|(?<!\p{IsCJKUnifiedIdeographs}不)([\u4e00-\u9fff])不\1(?!不)")]
    private static partial Regex ChineseQuestion();

    // "哪个便宜选哪个" (take whichever is cheaper), "哪家快走哪家": a question word said twice to mean "whichever" answers
    // with a preference, it asks nothing.
    [GeneratedRegex(@"^[^？?吗]*哪(个|家|种|条)[^，,。；;？?]{0,8}(?:就)?(?:选|走|用|发|寄|挑)(?:哪|那)\1")]
    private static partial Regex ChineseWhichever();

    // A question word inside a statement of not knowing is no question: "追踪要不要我也不知道" (whether tracking is needed,
    // I don't know either), "多少钱还不清楚", "退货怎么弄还没想好", "物流用哪家还没定" — the message answers with a
    // don't-know (or a plan not made yet), it asks nothing. So does the don't-know said first, its question word after,
    // in the last clause: "CE有，别的还不清楚要办哪些", "不知道该选什么" ("不知道怎么办" asks for help: no "how" there).
    [GeneratedRegex(@"^[^？?吗]*(?:要不要|需不需要|有没有|是否|能不能|什么|多少|哪|怎么|如何|怎样)[^，,。；;？?]{0,12}?(?:我|我们)?(?:也|都|还|真|暂时|目前|现在)?(?:不知道|不清楚|不确定|说不好|说不准|拿不准|没想好|没想清楚|没考虑好|没定|没有定|没决定|没确定|不太清楚|不太确定)(?:下来)?(?:呢|啊|哦|吧)?\s*[。.!！]?\s*$|^[^？?吗]*(?:不知道|不清楚|不确定|说不好|拿不准|没想好|没想清楚|不太清楚|不太确定|搞不清楚?)[^，,。；;？?吗呢]{0,4}?(?:什么|哪些|哪个|哪家|多少)[^，,。；;？?吗呢]{0,8}\s*[。.!！]?\s*$")]
    private static partial Regex ChineseDoubt();

    // A buyer wanting, liking or expecting something: "the buyer wants tracking", "customers expect updates", "客户想要单号".
    [GeneratedRegex(@"\b(?:buyers?|customers?|clients?|recipients?|shoppers?)\s+(?:[\w'-]+\s+){0,2}?(?:wants?|would\s+like|'d\s+like|likes?|expects?|asks?\s+for|is\s+asking\s+for|prefers?)\b|(?:买家|客户|顾客|收件人)[^，,。？?]{0,4}?(?:想要|希望|想|要求有|需要|喜欢)", RegexOptions.IgnoreCase)]
    private static partial Regex BuyersWish();

    // "not sure yet how we'd handle returns", "we haven't decided which courier to use": a plan not made, told.
    [GeneratedRegex(@"^(?:(?:we'?re|we\s+are|i'?m|i\s+am)\s+)?(?:still\s+)?(?:not\s+(?:sure|certain)|unsure|undecided|haven'?t\s+(?:decided|figured\s+out|worked\s+out|settled))(?:\s+yet)?\s+(?:on\s+)?(?:how|what|which|where|whether|if|who)\b[^?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishUndecided();

    [GeneratedRegex(@"\bwhat\s+if\b|\bwhat\s+about\b|\bhow\s+about\b|\binstead\b|\b(?:the\s+)?same\s+(?:way|route|channel|method|service)\b|同样的?(?:方式|渠道|方法|路线)|也(?:能|可以)?(?:这样|这么)(?:寄|发|走)|\bsame\s+(?:parcel|package|box|thing|goods)\b|\bsame\b(?:\s+[\p{L}-]+){0,3}\s+(?:but|only|just)\b|^\s*(?:(?:hmm+|um+|ok|okay|oh|well)[,\s]+)?and\s+(?:to\s+|for\s+|with\s+)?[\p{L}\p{N}., ]{2,40}\?|^\s*(?:(?:hmm+|um+|ok|okay|oh|well)[,\s]+)?(?:and|but|so)\s+(?:with|at|for|in)\s+(?:a|an|the)?\s*(?:budget|weight|value|price|speed|deadline)\b|\bif\s+(?:it|i|we|the)\b.*\b(?:instead|were|was|is|had|has|weighs?)\b|\b(?:and|but|so)\s+(?:what\s+)?if\b|\bif\s+there(?:'s|\s+(?:is|are|was|were))\b|换成|改成|改为|换到|如果|要是|假如|那.{1,12}呢|.{1,12}呢[？?]?\s*$|呢[？?]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIf();

    // The message ends by asking how or where to begin ("how do we get started with cross-border ecommerce?", "从哪里开始").
    [GeneratedRegex(@"(?:\bhow\s+(?:do|can|should|would)\s+(?:we|i|one)\s+(?:get\s+started|start|begin)|\bhow\s+to\s+(?:get\s+started|start|begin)|\bwhere\s+(?:do|should|can|would)\s+(?:we|i)\s+(?:start|begin)|\bwhere\s+to\s+(?:start|begin)|\bwhat(?:'s|\s+is|\s+are)\s+the\s+first\s+steps?)(?:\s+(?:with|in|on|for)\s+[\w\s-]{1,40})?\s*[?？.。!！]*\s*$|(?:从哪(?:里|儿)?|从何|(?:怎么|如何|该怎么|应该怎么)(?=开始|起步|入手|做起|入门))(?:开始|起步|入手|做起|着手|下手|入门)(?:做|呢|啊|吧)?[？?。.!！\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhereToBegin();

    [GeneratedRegex(@"cross[- ]?border|abroad|overseas|internationa\w*|export\w*|\bglobal|e-?commerce|\bsell(?:ing)?\s+(?:to|in)\b|跨境|出海|外贸|出口|海外|国外|电商|卖到|卖去", RegexOptions.IgnoreCase)]
    private static partial Regex SellingAbroad();

    [GeneratedRegex(@"\bwhere\s+(?:should|can|could|do|to|would)\s+(?:i|we|u)?\s*(?:sell|list|open\s+(?:a\s+)?(?:shop|store))\b|\bwhere\s+(?:is|are)\s+(?:the\s+)?best\s+(?:place|site)s?\s+to\s+sell\b|(?:在|去|上|到)哪(?:里|儿|个平台|个网站)?(?:卖|开店|上架|销售)|\b(?:which|what)\s+(?:online\s+)?(?:shops?|stores?|websites?|webshops?|malls?|apps?|sites?|marketplaces?)\s+(?:should|shall|could|can|to|do|would|makes?\s+(?:the\s+most\s+)?sense|suits?|fits?|works?\s+(?:best|for)|is\s+(?:best|right|good)|are\s+(?:best|right|good))\b|\b(?:list(?:ed)?|sell|be)\s+on\s+(?:which|what)\b|(?:放|挂|上架|入驻|开店|卖)(?:到|在)?哪(?:些|几个|几家|个|家)(?:网上)?(?:商城|网站|平台|网店|电商)?|哪(?:些|几个|几家)(?:网上)?(?:商城|网站|平台|网店|电商平台)", RegexOptions.IgnoreCase)]
    private static partial Regex WhereToSell();

    // Advice asked on a path already taken: "what should we watch out for?", "any pitfalls?", "需要注意什么", "有哪些坑".
    [GeneratedRegex(@"\bwatch\s+out\b|\bbe\s+careful\b|\bpitfalls?\b|\bwhat\s+(?:should|do)\s+(?:we|i)\s+(?:know|keep\s+in\s+mind|pay\s+attention\s+to|look\s+out\s+for)\b|\banything\s+(?:we|i)\s+should\s+(?:know|watch|look)\b|需要注意|要注意|注意(?:什么|哪些|些什么)|注意事项|留意|有(?:什么|哪些)坑|避坑|要小心", RegexOptions.IgnoreCase)]
    private static partial Regex AdviceAsked();

    [GeneratedRegex(@"\b(?:which|what)\s+(?:\w+\s+)?(?:platforms?|platfroms?|platfor?ms?|marketplaces?|market\s+place|sites?|channels?|carriers?|couriers?|shipping\s+(?:method|option|company)s?|logistics|way)\b|\bbest\s+(?:shipping\s+|delivery\s+|freight\s+)?(?:way|route|routes|platforms?|marketplaces?|carriers?|channels?|options?|methods?|services?)\b|\b(?:cheapest|smartest|fastest|quickest|easiest|most\s+economical)\s+(?:way|route|option)\s+to\s+(?:ship|send|get|deliver|move|post)\b|\bhow\s+(?:should|can|do|to|would|could|will)\s+(?:i|we)?\s*(?:send|ship|deliver|post)\b|\bcheapest\b|\b(?:suits?|fits?)\s+(?:us|me|our)\b|\b(?:are|is)\s+(?:we|my\s+company|our\s+company|my\s+business|our\s+business)\s+ready\b|\bhow\s+(?:ready|prepared)\s+(?:are|is)\b|哪个平台|(?:什么|啥)平台|哪家平台|哪些平台|选(?:什么|啥)|选哪个|上哪个|怎么发|如何发|怎么寄|怎么运|怎么走|走(?:什么|啥)|走哪(?:个|种|条|家)|用(?:什么|啥)(?:物流|快递)|(?:什么|啥)快递|哪(?:个|家)快递|哪种物流|什么渠道|最划算|最便宜|最合适|适合我们|准备好了吗|准备得(?:怎么样|如何|怎样)|能不能做跨境|适合做跨境", RegexOptions.IgnoreCase)]
    private static partial Regex ChoiceRequest();

    [GeneratedRegex(@"\b(?:commissions?|fees?|charges?|costs?|price|pricing|rates?|take\s+rate)\b|佣金|扣点|费用|收费|费率|多少钱|年费|月费", RegexOptions.IgnoreCase)]
    private static partial Regex FactWords();

    [GeneratedRegex(@"\bwhy\b|\bwhy's\b|\bhow\s+come\b|\bwhat\s+makes\b|为什么|为何|为啥|干嘛|凭什么|怎么会|咋会|何以|(?:怎么|咋)(?:没|不)(?:有|推荐|选|列|排|考虑|包括|算|给|放)", RegexOptions.IgnoreCase)]
    private static partial Regex Why();

    [GeneratedRegex(@"\b(?:my|the|this|that|our)\s+(?:score|level|result|rating|fit)\b|\bscore\s+of\s+\d+|\b(?:ranked|rank|ranking)\b|\b(?:top|first)\s+(?:one|pick|choice|channel|platform|option)\b|\bfit\s+score\b|\d+\s*/\s*100|得分|分数|评分|等级|级别|排名|排第一|第一名|匹配度|结果是什么意思", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWords();

    [GeneratedRegex(@"\bwhat\s+(?:should|do|can|shall)\s+(?:i|we)\s+do\b|\bwhat\s+now\b|\bhow\s+(?:do|can|should)\s+(?:i|we)\s+(?:fix|solve|resolve|handle|deal with|get (?:it|them|my|our)(?![\w\s'-]{0,40}\bto\s))|\b(?:is|was|got|been|are|were)\s+(?:held|stuck|seized|detained|lost|rejected|suspended|blocked|removed|delisted|banned|returned)\b|(?:\b(?:will|would|could|might|may)\s+|'ll\s+)be\s+(?:seized|detained|rejected|suspended|blocked|removed|delisted|banned|destroyed)\b|\b(?:they|customs|dhl|fedex|ups|amazon|the carrier|the buyer)\s+(?:(?:just|already|now|recently|suddenly|has|have|had)\s+){0,2}(?:demand|demands|say|says|said|holding|is holding|are holding|held|rejected|suspended|removed|blocked)\b|\b(?:they|customs|dhl|fedex|ups|amazon|the carrier|the buyer|the customer|buyers?|customers?)\s+(?:(?:just|already|now|recently|suddenly|has|have|had)\s+){0,2}(?:want|wants|asked|asks|is asking|are asking)\s+(?:us\s+|me\s+)?(?:to\s+(?:pay|send|provide|submit|show|prove|refund|return|replace|give)\b|(?:for\s+)?(?:a\s+|an\s+|the\s+|her\s+|his\s+|their\s+|more\s+|some\s+)?(?:full\s+|partial\s+)?(?:payment|tax|taxes|duty|duties|vat|fees?|money|refund|invoices?|documents?|documentation|proof|paperwork|return|replacement|compensation|discount|certificates?)\b)|\b(?:opened|filed|raised|started|logged|lodged)\s+(?:a\s+|an\s+)?(?:case|dispute|claim|chargeback|return\s+request|complaint)\b|\b(?:wants?|asks?|asking|asked|demands?|demanding|requests?|requesting)\s+(?:for\s+)?(?:a\s+|her\s+|his\s+|their\s+|the\s+)?(?:full\s+|partial\s+)?(?:refund|money\s+back|replacement)\b|\b(?:removed|took\s+down|taken\s+down|deleted|pulled|blocked|suspended|deactivated|delisted|banned|closed|froze|frozen|flagged|hid|hidden|cancell?ed)\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:my|our)\b|\b(?:\d+\s*%|\d+\s+percent|half|most|many|lots|a\s+lot|loads|tons|a\s+third|a\s+quarter|too\s+many)\s+(?:of\s+)?(?:(?:our|my|the|all)\s+)?(?:[\w-]+\s+){0,2}?(?:come|comes|came|coming|get|gets|got|getting|are|were|is|being|been)\s+(?:sent\s+|shipped\s+|returned\s+)?back\b|\b(?:return|refund)\s+rate\s+is\s+(?:\w+\s+)?(?:high|crazy|insane|huge|terrible|through\s+the\s+roof)\b|\blooks?\s+nothing\s+like\b|\b(?:isn'?t|is\s+not|wasn'?t|not)\s+(?:what\s+the\s+(?:photos?|pictures?|listing)\s+(?:show|shows|said|says)|as\s+(?:described|pictured|shown))\b|\bholding\s+(?:my|our)\b|\b(?:put|placed|kept)\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}?on\s+hold\b|\b(?:suspended|blocked|banned|deactivated|restricted|closed|froze|seized|rejected|delisted)\s+(?:my|our)\b|\b(?:arrived|came|showed\s+up|got\s+there|was\s+delivered|turned\s+up)\s+(?:\w+\s+)?(?:cracked|broken|damaged|smashed|shattered|crushed|dented|torn|soaked|wet|leaking|opened|empty)\b|\b(?:is|are|was|were)\s+missing\s+from\b|\b(?:got|received|was\s+sent|were\s+sent|has\s+got|have\s+got)\s+(?:the\s+|a\s+)?wrong\b|\bwants?\s+(?:a\s+|her\s+|his\s+|their\s+|the\s+)?(?:refund|money\s+back|replacement)\b|(?:收到|拿到)的?(?:是)?(?:错|不对)|(?:发|寄)错了|要(?:求)?(?:全额|部分)?(?:退款|退钱|换货)|开了?(?:个|一个)?(?:case|纠纷|争议|退款申请|售后)|怎么办|咋办|如何处理|怎么处理|怎么解决|(?:删|删除|删掉|下架|封|封掉|冻结|屏蔽|关掉)了?(?:我们|我|咱们)的?|把(?:我们|我|咱们)的?[^，,。？?]{0,12}?(?:停|停掉|删|删掉|下架|封|封掉|冻结|屏蔽|关|关掉)了|退货(?:率)?[^，,。？?]{0,4}(?:很高|太高|多得|特别多|高得|离谱|爆了|太多)|(?:一半|大半|一大半|很多|好多|不少|\d+%)(?:多)?的?[^，,。？?]{0,6}?都?被?退(?:了|回来|货了)|被扣|扣了|扣货|丢了|丢失|不见了|被封|封号|被下架|下架了|投诉了|被投诉|被退回|让我交|要我交|要求交|要求补|收到的?\S{0,4}(?:少了|缺了|碎了|裂了|坏了|破了|漏了)|(?:少|缺)了[一二两三四五六七八九十几半\d]+(?:件|个|样|箱|只|双|套)|(?:少发|漏发)了|(?:摔|压|磕)(?:坏|碎|破)了", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemWords();

    [GeneratedRegex(@"\bremind\s+(?:me|us)\b|\b(?:that|those)\s+(?:\w+\s+)?(?:plan|recommendation|advice|suggestion)s?\b|(?:那个|那份|那套|那条)[\u4e00-\u9fff]{0,4}(?:方案|计划|建议|推荐)|提醒(?:我|我们)|\b(?:earlier(?<!\b(?:arrives?|arriving|lands?|landing|gets?\s+there|comes?|reach(?:es)?|delivered|be\s+there|it|them|sooner\s+or)\s+earlier)|before(?!\s+(?:i|we|you|they|it|i'm|we're|going|moving|answering|continuing)\b)|previous(?:ly)?|last\s+time|the\s+other\s+day|yesterday|last\s+week|you\s+(?:gave|made|sent|showed|worked\s+out|came\s+up\s+with|recommended|suggested|proposed|did)|we\s+(?:got|did|made)\s+(?:before|earlier|last\s+time))\b|之前|前面|上次|上回|上周|上个?星期|上个?礼拜|上个月|前阵子|刚才|刚刚|以前|昨天|前几天|前天|那天|你给(?:我|我们)?的|给(?:我|我们)的|你(?:推荐|建议|做|算)(?:过)?的", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierReference();

    [GeneratedRegex(@"\b(?:plans?|rec+om+end\w*|results?|suggestions?|advice|shortlist|options?|picks?|routes?|quotes?|couriers?|carriers?|channels?)\b|\b(?:your|the|that)\s+answer\b|\bwhat\s+(?:did|have)\s+you\s+(?:suggest|recommend|advise|propose)(?:ed)?\b|方案|计划|规划|推荐|结果|建议|渠道|平台|清单", RegexOptions.IgnoreCase)]
    private static partial Regex ResultNoun();

    // The result named by what the bot did: "what you worked out for me", "what you came up with", "你帮我们算出来的那个",
    // "上次你帮我选的".
    [GeneratedRegex(@"\bwhat\s+you\s+(?:\w+\s+)?(?:suggested|recommended|advised|proposed|worked\s+out|figured\s+out|came\s+up\s+with|put\s+together|picked|chose|found|calculated|gave\s+(?:me|us))\b|(?:之前|上次|上回|刚才|前几天|昨天)?(?:你|您)?(?:之前|上次|上回|刚才|前几天|昨天)?(?:帮|给|替)(?:我|我们)(?:挑|选|算|做|弄|找|排|推荐|定|规划|整理|查)(?:出来|好|过|了)?的", RegexOptions.IgnoreCase)]
    private static partial Regex ResultClause();

    // The result named by its topic and a pointing word, as people name what they cannot name: "that korea shipping thing",
    // "the platform stuff from before", "那个发加拿大的东西", "之前那个物流的".
    [GeneratedRegex(@"\b(?:that|those|the)\s+(?:[\w-]+\s+){0,3}?(?:shipping|logistics|delivery|courier|platform|marketplace|readiness|export)(?:\s+[\w-]+){0,2}?\s+(?:thing|things|stuff|info|one|bit|breakdown|summary|list)\b|那个[^，,。？?]{0,10}?(?:寄|发|运|物流|平台|评估|渠道)[^，,。？?]{0,8}?(?:的东西|的那个|的结果|的)", RegexOptions.IgnoreCase)]
    private static partial Regex ResultByTopic();

    [GeneratedRegex(@"\b(?:show|send|give|resend|share|see|view|pull\s+up|bring\s+(?:up|back)|dig\s+(?:up|out)|display|get|find|open|remind|repeat|look\s+at|what\s+(?:was|were|is|are)|what\s+(?:did|have)\s+you|where(?:'s|\s+is|\s+are))\b|another\s+look|look\s+again|have\s+a\s+look|来着|提醒|还在|瞅|瞧|看一眼|(?:说|讲)一遍|重复一(?:下|遍)|发(?:我|给我|一遍|一下|过来)|给我看|我看看|看看|看下|看一下|调出|找出|找到|找回|显示|再给|再发|是什么|是啥|是哪|呢\s*[？?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SeeVerb();

    // A comparison asked of an earlier result ("之前那个方案便宜多少", "was the earlier plan cheaper?") is about the result, not a request to see it.
    [GeneratedRegex(@"\b(?:cheaper|pricier|more\s+expensive|faster|slower|by\s+how\s+much|difference)\b|便宜|贵|快多少|慢多少|差多少|差价|区别", RegexOptions.IgnoreCase)]
    private static partial Regex ComparesResults();

    [GeneratedRegex(@"\bagain\b|\bonce\s+more\b|再(?:让我|给我)?(?:给|发|看|瞅|瞧|显示|调)|再(?:说|讲)一遍|重新(?:发|给|显示|说一遍)|重复一(?:下|遍)", RegexOptions.IgnoreCase)]
    private static partial Regex SeeAgain();

    [GeneratedRegex(@"\b(?:show|send|give|resend|share|see|find|open)\b(?:\s+(?:me|us))?(?:\s+(?:my|the|our|that|this))?(?:\s+(?:last|previous|saved|old|earlier|latest))?\s+plans?\b(?!\s+(?:to|for|a|an)\b)|\b(?:my|our|last|previous|earlier|saved|latest)\s+(?:last\s+|previous\s+|saved\s+)?plans?\s*(?:\?|please|again|$)|\bplan\s+(?:from|of)\s+(?:last|before|earlier|yesterday)|\bwhere(?:'s|\s+is)\s+(?:my|the)\s+plan|\bwhat\s+(?:did|have)\s+you\s+(?:recommend|suggest|advise|propose)(?:ed)?\b(?:\s+(?:to\s+)?(?:me|us))?\s+(?:before|earlier|last\s+time|previously|yesterday)|\byour\s+(?:last|previous|earlier|old)\s+(?:recommendation|suggestion|advice)s?\b|(?:之前|上次|刚才|以前|昨天)(?:你)?(?:给我|给我们|帮我)?(?:推荐|建议)的(?:是什么|是啥|呢|方案|平台|渠道)?\s*[？?]?\s*$|(?:我的|上次的?|之前的?|刚才的?|以前的?|保存的?)(?:计划|方案|规划)|(?:计划|方案)(?:呢|在哪|再发|给我看)|\b(?:send|give|email|share)\s+(?:me|us)\s+(?:this|that|it|these|those)\s+as\s+a\s+plan\b|把(?:我的|这个|这份|那个|那份|刚才的?|上面的?)?(?:计划|方案)发(?:给我|我)", RegexOptions.IgnoreCase)]
    private static partial Regex PlanRequest();
}
