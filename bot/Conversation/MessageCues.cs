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
        text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('？') || AsksByAQuestionWord(text) || CueBook.Get(Cue.MessageFactAskedLast).IsMatch(text);

    /// <summary>"who pays?", "要多少钱", "税谁付": a question word asks, not only a question mark ("ok?" may only agree).</summary>
    /// <remarks>
    /// A Chinese question word used as an indefinite ("什么证都没有", "工厂发啥我们发啥", "投不了多少") asks nothing: those spans
    /// are taken out before the question words are looked for, so the rest of the message decides ("什么证都没有，要办哪些" asks).
    /// </remarks>
    public static bool AsksByAQuestionWord(string text) =>
        CueBook.Get(Cue.MessageEnglishQuestionStart).IsMatch(text.Trim())
        || (CueBook.Get(Cue.MessageChineseQuestion).IsMatch(WithoutIndefinites(text)) && !CueBook.Get(Cue.MessageChineseDoubt).IsMatch(text) && !CueBook.Get(Cue.MessageChineseWhichever).IsMatch(text));

    /// <summary>The text with its Chinese indefinite question words taken out (each span replaced by a comma, a clause break).</summary>
    private static string WithoutIndefinites(string text) =>
        LanguageDetector.ContainsCjk(text) ? CueBook.Get(Cue.MessageChineseIndefinite).Replace(text, "，") : text;

    /// <summary>
    /// Chinese whose only question word is "几" as "a few" ("抽检，每批抽几个" — a few per batch): no question mark, no
    /// closing particle, no other question word. Inside a guide that reads the message as an answer, it answers.
    /// </summary>
    public static bool AsksOnlyByAFew(string text)
    {
        var trimmed = text.Trim();
        return LanguageDetector.ContainsCjk(trimmed) && CueBook.Get(Cue.MessageAFew).IsMatch(trimmed) && !trimmed.EndsWith('?') && !trimmed.EndsWith('？')
            && !CueBook.Get(Cue.MessageClosingParticle).IsMatch(trimmed) && !CueBook.Get(Cue.MessageChineseQuestion).IsMatch(CueBook.Get(Cue.MessageAFew).Replace(trimmed, "些"));
    }

    /// <summary>A change of one input after a result: "what if…", "and australia?", "and with a budget of…", "France instead", "换成法国呢".</summary>
    public static bool IsWhatIf(string text) => CueBook.Get(Cue.MessageWhatIf).IsMatch(text);

    /// <summary>"Why…?", "为什么…": asks for reasons.</summary>
    public static bool IsWhy(string text) => CueBook.Get(Cue.MessageWhy).IsMatch(text);

    /// <summary>A question about the bot's own result: its score, level, fit, rank or top pick.</summary>
    public static bool IsAboutResult(string text) => IsWhy(text) || CueBook.Get(Cue.MessageResultWords).IsMatch(text);

    /// <summary>
    /// Asks for a fact about a pick rather than for the ranking's reasons: "what commission does the top one take?",
    /// "排第一的平台佣金多少" is the knowledge base's question, not the result's explanation ("why is it first?" is).
    /// </summary>
    public static bool AsksForAFact(string text) => !IsWhy(text) && CueBook.Get(Cue.MessageFactWords).IsMatch(text);

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

        var sounds = CueBook.Get(Cue.MessageProblemWords).IsMatch(text) && !IsUndecided(text);
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
    public static bool StatesABuyersWish(string text) => CueBook.Get(Cue.MessageBuyersWish).IsMatch(text) && !SoundsLikeAProblem(text);

    /// <summary>
    /// A statement that something is not decided or known yet, with a question word inside it ("退货怎么弄还没想好",
    /// "物流用哪家还没定", "not sure yet how we would handle returns"): a don't-know answer, neither a question nor a problem.
    /// </summary>
    public static bool IsUndecided(string text) => CueBook.Get(Cue.MessageChineseDoubt).IsMatch(text.Trim()) || CueBook.Get(Cue.MessageEnglishUndecided).IsMatch(text.Trim());

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
        CueBook.Get(Cue.MessagePlanRequest).IsMatch(text)
        || ((CueBook.Get(Cue.MessageResultNoun).IsMatch(text) || CueBook.Get(Cue.MessageResultClause).IsMatch(text) || CueBook.Get(Cue.MessageResultByTopic).IsMatch(text)) && CueBook.Get(Cue.MessageSeeVerb).IsMatch(text) && (CueBook.Get(Cue.MessageEarlierReference).IsMatch(text) || CueBook.Get(Cue.MessageSeeAgain).IsMatch(text)))
        || (CueBook.Get(Cue.MessageResultNoun).IsMatch(text) && CueBook.Get(Cue.MessageEarlierReference).IsMatch(text) && IsQuestion(text) && !IsWhy(text) && !AsksForAFact(text) && !AsksAboutRules(text) && !CueBook.Get(Cue.MessageComparesResults).IsMatch(text));

    /// <summary>
    /// Asks how things usually go, not about the seller's own goods: "how long does shipping to manila usually take",
    /// "how are shipping costs to japan worked out", "一般寄到澳洲要几天", "FBA的费用怎么算".
    /// </summary>
    public static bool AsksInGeneral(string text) => CueBook.Get(Cue.MessageInGeneral).IsMatch(text);

    /// <summary>
    /// Asks which option to take ("which marketplace suits us?", "best way to ship", "选什么平台", "怎么发最划算"); whether
    /// an option of the case made a difference ("does it matter which carrier it was?") chooses nothing.
    /// </summary>
    public static bool AsksForAChoice(string text) =>
        (CueBook.Get(Cue.MessageChoiceRequest).IsMatch(text) || CueBook.Get(Cue.MessageWhereToSell).IsMatch(text)) && !CueBook.Get(Cue.MessageWhetherItMatters).IsMatch(text);

    /// <summary>
    /// "we already run our own site, what should we watch out for?", "想开个独立站卖到美国，需要注意什么": asks for advice on
    /// a path already chosen, which the knowledge base answers; no guide chooses anything for it.
    /// </summary>
    public static bool AsksForAdvice(string text) => CueBook.Get(Cue.MessageAdviceAsked).IsMatch(text) && !AsksForAChoice(text);

    /// <summary>"where should i sell online", "which online shops should we be on?", "上架到哪些网上商城好": asks where to sell, which is the platform guide's question.</summary>
    public static bool AsksWhereToSell(string text) => CueBook.Get(Cue.MessageWhereToSell).IsMatch(text) || OpensAMarket(text);

    /// <summary>
    /// "我们是做汽车配件的贸易公司，想开拓巴西市场", "looking to break into the mexican market": a market abroad to open is where and
    /// how to sell there (a channel choice), when the message names no other guide's topic ("want to enter japan, how do we
    /// ship?" asks about shipping).
    /// </summary>
    public static bool OpensAMarket(string text) =>
        CueBook.Get(Cue.MessageMarketToOpen).IsMatch(text) && !IntentCues.NamesAnotherTopicThan(IntentNames.ChoosePlatform, text);

    /// <summary>
    /// "hoping to sell in australia", "想打波兰市场", "目标是沙特": a wish toward a market said with the seller's own verb,
    /// naming no other guide's topic ("want to sell in japan, how do we ship?" asks about shipping). Only the wish: the
    /// market is the place the recognizer found, which <see cref="GuideRequests.WantsAMarket"/> looks for beside it.
    /// </summary>
    public static bool WishesForAMarket(string text) =>
        CueBook.Get(Cue.MessageMarketWished).IsMatch(text) && !IntentCues.NamesAnotherTopicThan(IntentNames.ChoosePlatform, text);

    /// <summary>
    /// "yiwu wholesaler, balloons, banners…", "weihai factory, we make fishing rods", "东莞做灯具的小厂，…": the message opens by
    /// telling the seller's business (what it is, or what it makes or sells).
    /// </summary>
    public static bool TellsTheBusiness(string text) =>
        CueBook.Get(Cue.MessageBusinessTold).IsMatch(text.Trim())
        || (LanguageDetector.ContainsCjk(text) && CueBook.Get(Cue.MessageOwnCompany).IsMatch(text));

    /// <summary>
    /// "none needed for pet stuff i think?", "不用认证吧？": a statement closed by a hedge and a question mark, asking nothing
    /// before the tag (no question word, no other question mark): what the seller believes, checked, not a question.
    /// </summary>
    public static bool IsHedgedStatement(string text)
    {
        var tag = CueBook.Get(Cue.MessageHedgedTag).Match(text);
        if (!tag.Success)
        {
            return false;
        }

        var body = text[..tag.Index].Trim();
        return body.Length > 0 && !body.Contains('?') && !body.Contains('？') && !AsksByAQuestionWord(body) && !CueBook.Get(Cue.MessageFactAskedLast).IsMatch(body);
    }

    /// <summary>"want to know what we're missing", "想知道…", "不清楚…": a want to find something out, a question put as a statement.</summary>
    public static bool StatesAWantToKnow(string text) => CueBook.Get(Cue.MessageWantToKnow).IsMatch(text);

    /// <summary>"a gift shop just ordered 60 sets", "买家拍了三套", "got our first order from…": someone has ordered the seller's goods.</summary>
    public static bool TellsAnOrder(string text) => CueBook.Get(Cue.MessageOrderPlaced).IsMatch(text);

    /// <summary>"…, thoughts?", "any ideas?", "怎么弄比较好", "有什么建议": the bot's view asked on what the message tells.</summary>
    public static bool AsksForAnOpinion(string text) => CueBook.Get(Cue.MessageOpinionAsked).IsMatch(text);

    /// <summary>
    /// "where do we begin?", "how do we get started with cross-border ecommerce?", "想做跨境电商，从哪里开始": a seller
    /// asking how to start selling abroad, which the readiness check answers — not one rule of the knowledge base.
    /// </summary>
    public static bool AsksWhereToBegin(string text) =>
        CueBook.Get(Cue.MessageSellingAbroad).IsMatch(text) && (CueBook.Get(Cue.MessageWhereToBegin).IsMatch(text) || (CueBook.Get(Cue.MessageBeginAnywhere).IsMatch(text) && !AsksAboutRules(text)));

    /// <summary>
    /// "where do I start?", "该从哪里开始？": the whole message asks where to begin and names nothing else. At the menu of
    /// a bot for selling abroad that can only mean selling abroad; inside a guide it may mean the guide's own task.
    /// </summary>
    public static bool AsksOnlyWhereToBegin(string text) => CueBook.Get(Cue.MessageOnlyWhereToBegin).IsMatch(text);

    /// <summary>
    /// "how export-ready are we?", "could you assess whether our factory can handle selling overseas", "我们准备好出海了吗",
    /// "我们这种厂能不能做跨境": the seller asks how ready the company is to sell abroad, which the readiness check
    /// measures. Needs the company itself (we, our business, 我们, 我司), a word of readiness or ability, and selling
    /// abroad (or a readiness word that says it, "export-ready"); a question about rules, a platform or shipping is not one,
    /// unless it names the readiness itself, or asks it of the seller ("small shop here … how prepared am i to sell
    /// cross-border?"), and asks for no choice ("a readiness check on my one-woman shopify business": the shop is the
    /// seller; "我们适合在哪个平台出海" still asks for a platform). "are we ready" is itself read as asking for a verdict
    /// (a choice); beside the seller's readiness it asks for nothing else ("just a two-person etsy shop, are we ready to
    /// export?"), so the choice is looked for in the rest of the message.
    /// </summary>
    /// <remarks>
    /// A marketplace abroad as readiness's destination ("solo shopify seller, am i ready for amazon?", "现在去做亚马逊够格了吗")
    /// is selling abroad asked of the seller: the platforms named are where it goes or sells now, not a topic asked about.
    /// </remarks>
    public static bool AsksHowReady(string text)
    {
        if (!CueBook.Get(Cue.MessageReadyWords).IsMatch(text) || !CueBook.Get(Cue.MessageOwnCompany).IsMatch(text))
        {
            return false;
        }

        var forAMarketplace = CueBook.Get(Cue.MessageReadyForAMarketplace).IsMatch(text);
        var readinessItself = CueBook.Get(Cue.MessageReadinessItself).IsMatch(text);
        // Selling on a marketplace abroad ("数据线在日本亚马逊上卖，想看看整体还差什么") is selling abroad, named or not.
        return (CueBook.Get(Cue.MessageSellingAbroad).IsMatch(text) || readinessItself || forAMarketplace || CueBook.Get(Cue.MessageMarketplaceAbroad).IsMatch(text))
            && !AsksAboutRules(text)
            && (((readinessItself || CueBook.Get(Cue.MessageReadinessOfTheSeller).IsMatch(text) || forAMarketplace)
                    && !AsksForAChoice(CueBook.Get(Cue.MessageReadyForAMarketplace).Replace(CueBook.Get(Cue.MessageReadinessOfTheSeller).Replace(text, " "), " ")))
                || !IntentCues.NamesAnotherTopicThan(IntentNames.StartReadiness, text));
    }

    /// <summary>
    /// "my bad, the buyer is in Spain", "sorry I meant 3 kg", "我说错了，是发到英国": the user corrects an earlier answer.
    /// Inside a guide that reads the message it is an answer, whatever else its words (a buyer, "wait") suggest.
    /// </summary>
    public static bool CorrectsAnAnswer(string text) => CueBook.Get(Cue.MessageCorrection).IsMatch(text);

    /// <summary>At most eight words (English) or sixteen characters (Chinese): a message that can only name its topic.</summary>
    public static bool IsShort(string text) =>
        LanguageDetector.ContainsCjk(text) ? text.Trim().Length <= 16 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;

    /// <summary>Asks about rules, not a choice ("legally", "what documents", "需要什么认证").</summary>
    public static bool AsksAboutRules(string text) => CountryRuleWords.AsksAboutRules(text);

    /// <summary>A case supposed, not one lived: "what if customs hold it?", "如果被扣了怎么办".</summary>
    public static bool IsHypothetical(string text) => CueBook.Get(Cue.MessageHypothetical).IsMatch(text);

    /// <summary>Asks the bot to do something, or to drop what it is doing: "help me…", "I'd like to…", "算了，我想…", "帮我看看".</summary>
    public static bool RequestsATask(string text) => CueBook.Get(Cue.MessageTaskRequest).IsMatch(text);

    /// <summary>
    /// States goods that must reach someone: "a container that has to reach a buyer in Chile", "our samples need to get
    /// to a client in Poland", "two cartons going out to a garden centre in lyon", "货要送到德国的客户手上".
    /// </summary>
    public static bool StatesADelivery(string text) => CueBook.Get(Cue.MessageDelivery).IsMatch(text);

    /// <summary>Asks for something to be worked out: "帮忙算一下运费", "can you estimate the shipping", "compare couriers".</summary>
    public static bool AsksToWorkOut(string text) => CueBook.Get(Cue.MessageWorkOut).IsMatch(text);

    /// <summary>
    /// A message that answers and asks at once ("australia - btw do they charge GST?", "100 usd. also do i pay duty?",
    /// "一千五百块。另外低报有什么风险？"): its sentences that ask, and the rest; null unless it has both.
    /// </summary>
    public static (string Answer, string Question)? SplitAnswerAndQuestion(string text)
    {
        var sentences = CueBook.Get(Cue.MessageSentenceBreak).Split(text).SelectMany(part => CueBook.Get(Cue.MessageCommaBeforeQuestion).Split(part))
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

        var said = CueBook.Get(Cue.MessageAnswerLead).Replace(answer.Trim(), string.Empty).Trim();
        return said.Length == 0 ? question : said + (LanguageDetector.ContainsCjk(question) ? "，" : ", ") + question.Trim();
    }

    /// <summary>A question whose subject is what was just said: "that", "it", "这个", "这样", or a bare "有影响吗".</summary>
    public static bool PointsBack(string question) => CueBook.Get(Cue.MessagePointingBack).IsMatch(question.Trim());

    /// <summary>
    /// Asks what a shipment would cost or how long it would take ("how much would it cost to send it to Italy?", "what
    /// would 3 kg cost?", "寄日本要几天", "运费多少"): the logistics result's own measures, not a rule to look up.
    /// </summary>
    public static bool AsksForAnOutcome(string text) => CueBook.Get(Cue.MessageOutcome).IsMatch(text) && !AsksAboutRules(text);

    /// <summary>
    /// The request that follows words dropping what went before ("never mind that, we need to ship 20 kg to Poland",
    /// "算了这个先放一边，帮我看看…"); null when the message does not open by dropping something or nothing follows.
    /// "Scratch that" is not one: it corrects an answer ("scratch that, it's 5 lbs").
    /// </summary>
    public static string? AfterDroppingTheCurrent(string text)
    {
        var match = CueBook.Get(Cue.MessageDropLeadIn).Match(text);
        return match.Success && match.Groups["rest"].Value.Trim() is { Length: > 0 } rest ? rest : null;
    }

    /// <summary>A message long enough to be more than a one-word reply (words in English, characters in Chinese).</summary>
    public static bool IsSentence(string text) =>
        LanguageDetector.ContainsCjk(text) ? text.Trim().Length >= 5 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
}
