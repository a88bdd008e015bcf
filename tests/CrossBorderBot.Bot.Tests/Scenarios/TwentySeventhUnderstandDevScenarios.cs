using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-seventh pass's "other wording" set for what a message is FOR ("understand" half), written before any change
/// of that pass from the KINDS the twenty-fifth part's failing turns were sorted into (kinds27-understand), never from its
/// phrases: each conversation is a short way to the place where the kind happens and then one message of that kind in
/// words of its own, in another guide, market, product or playbook. Kinds: K1 an opening routed to the guide it asks for (a
/// readiness question that names a platform, being "set / good to go" for selling abroad, a market to open as a channel
/// choice, a shipment said casually); K2 a side question at a playbook step (what it costs, who pays, which of two comes
/// first) answered and the step kept, and prevention asked after the steps; K3 the result asked for early in the readiness
/// check in words that also look like a stop or a question; K4 what a message refers to: "its" after a platform result, a
/// platform named at the platform result, going back to the earlier guide after a detour, a question about the question at
/// a yes/no, an earlier answer corrected by its topic. Real knowledge base. Measured in <see cref="UnderstandDev27Tests"/>.
/// </summary>
public static class TwentySeventhUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string AnyStep = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string ReadinessStart = "(?i)how ready|准备度";
    private const string AnyReadinessQuestion = "\\(\\d+/16\\)|（\\d+/16）";
    private const string AskTaxRegistration = "IOSS and EPR|IOSS 和 EPR";
    private const string AskSmallBatches = "small batches and customised|小批量和定制化产品";
    private const string PartialResult = "Readiness: |准备度：|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Stopped = "(?i)OK, I stopped|已停止|好的，已经停";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string WhyAnswer = "(?i)ranked first|comes first|fit score|because|ruled out|exclud|not suit|limit|cheaper|slower|faster|排在第一|排第一|匹配度|因为|排除|不适合|不支持|限制|更便宜|更快|更慢";
    private const string Fees = "(?i)fee|commission|referral|%|佣金|费用|费";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string Changed = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency + "|" + AskTracking + "|" + AskReturns + "|" + AskGoods;
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string PlatformAllInOneEn = "help me pick where to sell: b2c, scented candles, united states, 3000 cny a month, no experience, no brand";
    private const string PlatformAllInOneZh = "帮我选平台：B2C，卖宠物玩具，澳大利亚，每月五千元，没有经验，没品牌";
    private const string LogisticsAllInOneZh = "寄2公斤的丝巾到巴黎，货值300元，30x20x10厘米，标准，要跟踪，不退货，没有电池";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // K1 — an opening routed to the guide it asks for.
        En("ready-for-a-named-platform",
            Say.That("two of us sell hair clips on etsy, would we be ready to move onto amazon?").Sees(ReadinessStart).Never(AnyPlatformQuestion)),
        Zh("ready-for-a-named-platform-zh",
            Say.That("我们一直在1688做批发，现在去做亚马逊够格了吗").Sees(ReadinessStart).Never(AnyPlatformQuestion)),
        En("good-to-go-for-selling-overseas",
            Say.That("bamboo toothbrush workshop, wondering if we're good to go for selling overseas online").Sees(ReadinessStart).Never(AnyPlatformQuestion)),
        Zh("enough-to-sell-abroad-in-own-words",
            Say.That("我们是做木梳的小厂，不知道现在的条件够不够做跨境").Sees(ReadinessStart).Never(AnyPlatformQuestion)),
        En("a-market-to-break-into",
            Say.That("we're a bearings trading firm looking to break into the mexican market").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion)),
        Zh("a-market-to-open",
            Say.That("我们是做LED灯具的工厂，想打开中东市场").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion)),
        En("a-shipment-said-casually",
            Say.That("need to get about 3 kg of tea samples over to a client in riyadh, any ideas?").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, AskWeight, AskDestination)),
        Zh("a-shipment-said-casually-zh",
            Say.That("要给悉尼的客户带两公斤布料样品过去，怎么弄比较好").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, AskWeight, AskDestination)),

        // K2 — a side question at a playbook step: answered, the step kept; prevention after the steps.
        Zh("what-it-costs-at-a-step",
            Say.That("亚马逊法国站把我们的商品下架了，说缺包装EPR注册号").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("这个大概得花多少钱").Sees(Answered).Never(NotUnderstood)),
        En("what-it-costs-at-a-step-en",
            Say.That("ebay france pulled our listings, they want a packaging EPR number").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("how much will that set us back").Sees(Answered).Never(NotUnderstood)),
        Zh("who-pays-at-a-step",
            Say.That("寄到墨西哥的包裹被海关扣了，要补缴税款才放行").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("这笔钱该谁出").Sees(Answered).Never(NotUnderstood)),
        En("who-pays-at-a-step-en",
            Say.That("a parcel to santiago is held at customs until someone pays the import tax").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("who's supposed to cover that, us or the buyer?").Sees(Answered).Never(NotUnderstood)),
        Zh("which-comes-first-at-a-step",
            Say.That("Lazada上有个泰国买家说收到的杯子碎了，要退款").Sees(Problem),
            Say.That("对的").Sees(FirstStep + "|" + BestMatch),
            Say.That("是先补发还是先退钱给他").Sees(Answered).Never(NotUnderstood)),
        En("which-comes-first-at-a-step-en",
            Say.That("a buyer on our shopify store says the mugs arrived smashed and wants his money back").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("do i refund him first or wait till he sends them back?").Sees(Answered).Never(NotUnderstood)),
        En("prevention-after-the-steps",
            Say.That("lots of returns on our jeans in germany, buyers say they run small").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("how do we stop this happening down the road?").Sees(Prevention).Never(NoKnowledge)),
        Zh("prevention-after-the-steps-zh",
            Say.That("亚马逊德国站好多差评，说我们的保温杯漏水").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("往后怎么把品控做好").Sees(Prevention).Never(NoKnowledge)),

        // K3 — the result asked for early in the readiness check.
        En("stop-and-score",
            Say.That("can you check how ready we are for cross-border selling").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion),
            Say.That("ok stop, just tell me the score").Sees(PartialResult).Never(Stopped)),
        Zh("stop-and-score-zh",
            Say.That("帮我们测一下出海准备度").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion),
            Say.That("停，直接给我打分吧").Sees(PartialResult).Never(Stopped)),
        En("enough-for-now-result",
            Say.That("can you check how ready we are for cross-border selling").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion),
            Say.That("enough questions for today, what's our result?").Sees(PartialResult).Never(NoKnowledge)),
        Zh("enough-for-now-result-zh",
            Say.That("帮我们测一下出海准备度").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion),
            Say.That("先答到这吧，结果呢？").Sees(PartialResult).Never(NoKnowledge)),
        Zh("result-at-a-choice-question-zh",
            Say.That("帮我们测一下出海准备度").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion),
            Say.That("把结果给我看看").Sees(PartialResult).Never(NotUnderstood)),
        En("result-at-a-choice-question",
            Say.That("can you check how ready we are for cross-border selling").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion),
            Say.That("let me see the results").Sees(PartialResult).Never(NotUnderstood)),

        // K4 — what a message refers to.
        En("its-fees-after-a-platform-result",
            Say.That(PlatformAllInOneEn).Sees(PlatformResult),
            Say.That("roughly what does it take per sale?").Sees(Fees).Never(NoKnowledge)),
        Zh("its-fees-after-a-platform-result-zh",
            Say.That(PlatformAllInOneZh).Sees(PlatformResult),
            Say.That("它的佣金大概多少").Sees(Fees).Never(NoKnowledge)),
        En("a-platform-named-at-the-platform-result",
            Say.That(PlatformAllInOneEn).Sees(PlatformResult),
            Say.That("and what about walmart?").Sees(WhyAnswer + "|" + PlatformResult).Never(NotUnderstood, NoKnowledge)),
        Zh("a-platform-named-at-the-platform-result-zh",
            Say.That(PlatformAllInOneZh).Sees(PlatformResult),
            Say.That("那速卖通呢").Sees(WhyAnswer + "|" + PlatformResult).Never(NotUnderstood, NoKnowledge)),
        Zh("back-to-the-problem-after-a-detour",
            Say.That("寄到智利的包裹被海关扣了，要补缴税款才放行").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("先帮我看看另一票，3公斤寄到法国").Sees(AnyLogisticsQuestion),
            Say.That(LogisticsAllInOneZh).Sees(LogisticsResult + "|" + AnyLogisticsQuestion),
            Say.That("好，说回智利那个包裹，接下来做什么").Sees(AnyStep).Never(NoKnowledge, NotUnderstood)),
        En("back-to-the-problem-after-a-detour-en",
            Say.That("a parcel to lima is held at customs until someone pays the import tax").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("quick one first: ship 3 kg of scarves to rome, value 90 usd, 30x20x10 cm, standard, tracked, no returns, no batteries").Sees(LogisticsResult + "|" + AnyLogisticsQuestion),
            Say.That("right, back to the peru parcel, what do i do next").Sees(AnyStep).Never(NoKnowledge, NotUnderstood)),
        En("what-is-that-for-at-a-yes-no-question",
            Say.That("can you check how ready we are for cross-border selling").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AskTaxRegistration),
            Say.That("why do you even need to know that?").Sees(AskTaxRegistration).Never(AskSmallBatches)),
        Zh("what-is-that-for-at-a-yes-no-question-zh",
            Say.That("帮我们测一下出海准备度").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AskTaxRegistration),
            Say.That("问这个是干嘛用的？").Sees(AskTaxRegistration).Never(AskSmallBatches)),
        Zh("an-earlier-answer-corrected-by-its-topic-zh",
            Say.That("帮我们测一下出海准备度").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("3").Sees(AskTaxRegistration),
            Say.That("2").Sees(AskSmallBatches),
            Say.That("刚才认证那题说错了，其实我们有CE").Sees(AskSmallBatches).Never(NotUnderstood)),
        En("an-earlier-answer-corrected-by-its-topic",
            Say.That("can you check how ready we are for cross-border selling").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("3").Sees(AskTaxRegistration),
            Say.That("2").Sees(AskSmallBatches),
            Say.That("oh wait, about the certificates one, we do have FCC for the chargers").Sees(AskSmallBatches).Never(NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev27u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev27u-zh-" + name, "zh-CN", turns);
}
