using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-first pass's "other wording" set for what a message is FOR ("understand" half), written before any change of
/// that pass from the KINDS left by the thirtieth pass (its leftovers, from the twenty-seventh and twenty-eighth parts) and
/// the recurring roots of the twenty-ninth part, never from a part's phrases: each conversation is a short way to the place
/// where the kind happens and then one message of that kind in words of its own. Kinds: A an order told at the opening,
/// a marketplace named, and the way to send it asked = the logistics guide, not the platform guide; B where to start
/// selling asked at the opening = the platform guide; C a duty or tax question inside the logistics guide = answered, not
/// read as the waiting answer; D prevention asked with no question word at a playbook step; E thanks in own words = a
/// goodbye; F the first steps asked in few words after the readiness result; G a statement with an indefinite question
/// word ("啥都没", "什么也不") or a "can't" at a guide's question = an attempt at its answer, not a free question; H a
/// readiness opening whose facts end with a full stop before the question = the readiness check. Real knowledge base.
/// Measured in <see cref="UnderstandDev31Tests"/>.
/// </summary>
public static class ThirtyFirstUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Roadmap = "(?i)roadmap|step|priorit|fix|improv|路线图|步骤|优先|首先|改进|提升";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskUrgency + "|" + AskDestination;
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string StartZh = "请帮我们看看公司做跨境电商的准备程度";
    private const string StartEn = "could you rate how prepared our company is to sell abroad";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // A — an order told at the opening, a marketplace named, the way to send it asked: the logistics guide.
        En("order-told-how-to-send-1",
            Say.That("ebay seller, a guy in denver bought two brass candle holders from me, how do i post them to him").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, Problem)),
        En("order-told-how-to-send-2",
            Say.That("amazon shop owner here, got an order from a woman in brisbane for one silk scarf, what's the way to send it").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, Problem)),
        Zh("order-told-how-to-send-zh-1",
            Say.That("我在速卖通开店，法国有人买了三个手机壳，该怎么寄给他").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, Problem)),
        Zh("order-told-how-to-send-zh-2",
            Say.That("Shopee上一个新加坡客人买了两双拖鞋，我要怎么发货过去").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, Problem)),

        // B — where to start selling asked at the opening: the platform guide.
        En("where-to-start-selling-1",
            Say.That("we make bamboo chopping boards and have never exported. where do we start selling them?").Sees(AnyPlatformQuestion).Never(NoKnowledge)),
        Zh("where-to-start-selling-zh-1",
            Say.That("做竹制品的小厂，外贸从没做过，应该先去哪儿卖").Sees(AnyPlatformQuestion).Never(NoKnowledge)),
        Zh("where-to-start-selling-zh-2",
            Say.That("我们的保温杯想卖到国外，第一站该选哪里").Sees(AnyPlatformQuestion).Never(NoKnowledge)),

        // C — a duty or tax question inside the logistics guide: answered, then the guide goes on.
        En("duty-question-in-logistics-1",
            Say.That("need to ship a box of ceramic vases to germany").Sees(AnyLogisticsQuestion),
            Say.That("will my buyer have to pay import tax on it").Sees(Answered).Never(NotUnderstood)),
        En("duty-question-in-logistics-2",
            Say.That("help me send some hand tools to canada").Sees(AnyLogisticsQuestion),
            Say.That("does the customer get charged duty when it arrives?").Sees(Answered).Never(NotUnderstood)),
        Zh("duty-question-in-logistics-zh-1",
            Say.That("要寄一箱茶叶去英国，帮我选个物流").Sees(AnyLogisticsQuestion),
            Say.That("英国那边收件人要交关税吗").Sees(Answered).Never(NotUnderstood)),
        Zh("duty-question-in-logistics-zh-2",
            Say.That("有批蓝牙耳机要发到澳洲，走什么物流好").Sees(AnyLogisticsQuestion),
            Say.That("澳洲进口要交多少税").Sees(Answered).Never(NotUnderstood)),

        // D — prevention asked with no question word at a playbook step.
        En("prevention-no-question-word-1",
            Say.That("a parcel of ours is stuck at uk customs and they want an invoice").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("some advice so it won't happen again next time would be great").Sees(Prevention).Never(NotUnderstood)),
        En("prevention-no-question-word-2",
            Say.That("amazon de removed our listing for a missing weee number").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("tips for avoiding this in future pls").Sees(Prevention).Never(NotUnderstood)),
        Zh("prevention-no-question-word-zh-1",
            Say.That("发到美国的一票货被海关查扣了，要我们补证明").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("以后想提前防着点，给点建议").Sees(Prevention).Never(NotUnderstood)),
        Zh("prevention-no-question-word-zh-2",
            Say.That("亚马逊日本站有客户投诉我们的充电宝发热，要退货").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("下次发货前要提前核对些啥").Sees(Prevention).Never(NotUnderstood)),

        // E — thanks in own words: a goodbye.
        En("thanks-in-own-words-1",
            Say.That("what is the de minimis for parcels to the us?").Sees(Answered),
            Say.That("cheers buddy, super useful").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-in-own-words-zh-1",
            Say.That("欧盟的IOSS是什么？").Sees(Answered),
            Say.That("谢了兄弟，很给力").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-in-own-words-zh-2",
            Say.That("寄到日本的包裹被退回来了，说地址不对").Sees(Problem),
            Say.That("是").Sees(FirstStep + "|" + BestMatch),
            Say.That("感谢，讲得很明白").Sees(Farewell).Never(NotUnderstood)),

        // F — the first steps asked in few words after the readiness result.
        En("first-steps-after-result-1",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("ok give me the result now").Sees(PartialResult),
            Say.That("next moves?").Sees(Roadmap).Never(NotUnderstood, NoKnowledge)),
        Zh("first-steps-after-result-zh-1",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("直接出结果吧").Sees(PartialResult),
            Say.That("下一步干啥").Sees(Roadmap).Never(NotUnderstood, NoKnowledge)),

        // G — a statement with an indefinite question word, or a "can't", at a guide's question: its answer.
        Zh("indefinite-word-statement-zh-1",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AskQualityCheck), Say.That("2").Sees(AskCertificates),
            Say.That("哪个认证都还没弄过").Sees(AskTaxRegistration).Never(NoKnowledge)),
        Zh("indefinite-word-statement-zh-2",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AskQualityCheck),
            Say.That("没咋检查，供应商给啥就卖啥").Sees(AskCertificates).Never(NoKnowledge)),
        Zh("indefinite-word-statement-zh-3",
            Say.That("帮我挑个合适的平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets), Say.That("美国").Sees(AskCategory), Say.That("手机壳").Sees(AskBudget),
            Say.That("投不了多少，一个月也就三千块").Sees(AskExperience + "|" + AskBrand).Never(NoKnowledge)),
        En("cant-statement-at-budget-1",
            Say.That("help me choose a marketplace").Sees(AskModel),
            Say.That("consumers").Sees(AskMarkets), Say.That("usa").Sees(AskCategory), Say.That("phone cases").Sees(AskBudget),
            Say.That("can't put in a lot, around 300 dollars monthly").Sees(AskExperience + "|" + AskBrand).Never(NoKnowledge)),
        En("cant-statement-at-staff",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AskQualityCheck), Say.That("2").Sees(AskCertificates), Say.That("none").Sees(AskTaxRegistration),
            Say.That("neither").Sees(AskSmallBatches), Say.That("yes").Sees(AskLeadTime), Say.That("30 days").Sees(AskStaff),
            Say.That("can't spare many, just two people part time").Sees(AskLanguage).Never(NoKnowledge)),
        Zh("indefinite-word-statement-zh-4",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AskQualityCheck), Say.That("2").Sees(AskCertificates), Say.That("没有").Sees(AskTaxRegistration),
            Say.That("都没有").Sees(AskSmallBatches), Say.That("可以").Sees(AskLeadTime), Say.That("30天").Sees(AskStaff),
            Say.That("3个人").Sees(AskLanguage),
            Say.That("谁都不会外语").Sees(AskReadinessBudget).Never(NoKnowledge)),

        // H — a readiness opening whose facts end with a full stop before the question: the readiness check.
        En("readiness-after-a-full-stop-1",
            Say.That("lamp workshop, 15 people. can we cope with selling abroad?").Sees(ReadinessStart).Never(NoKnowledge)),
        En("readiness-after-a-full-stop-2",
            Say.That("tea company with six staff. are we prepared to go global?").Sees(ReadinessStart).Never(NoKnowledge)),
        Zh("readiness-after-a-full-stop-zh-1",
            Say.That("灯具厂，三十来号人。我们够不够格做跨境？").Sees(ReadinessStart).Never(NoKnowledge)),
        Zh("readiness-after-a-full-stop-zh-2",
            Say.That("做毛巾的，工人五十多个。我们能出海卖吗").Sees(ReadinessStart).Never(NoKnowledge)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev31u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev31u-zh-" + name, "zh-CN", turns);
}
