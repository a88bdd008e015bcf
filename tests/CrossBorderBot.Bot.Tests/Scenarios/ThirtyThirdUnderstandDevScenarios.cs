using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-third pass's "other wording" set for what a message is FOR ("understand" half), written before any change of
/// that pass from the KINDS of the thirty-first part's first failures that recur in the older dev parts (twenty-fourth,
/// twenty-ninth, thirtieth), never from a part's phrases: each conversation is a short way to the place where the kind
/// happens and then one message of that kind in words of its own. Kinds: A a question at a playbook step with no question
/// mark, in a question shape (Chinese A-not-A, "A还是B", how long; English auxiliary first) = answered (or an honest "not
/// sure"), never "didn't understand" nor a new problem; B a cancel word that is the topic of a question at a playbook step
/// = prevention, the playbook not stopped; C a side shipment inside a playbook called off in other words = the steps come
/// back; D the readiness result asked in other words halfway = the partial result; E an opening describing the business
/// and the shoppers or markets wanted, no ask = the platform guide; F a problem confirmed in own words, or an order to
/// mail told at the opening = the matched problem's first step, or the logistics guide, never the lost-parcel guess;
/// G a what-if on the price of a faster service after the logistics result = the difference. Real knowledge base.
/// Measured in <see cref="UnderstandDev33Tests"/>.
/// </summary>
public static class ThirtyThirdUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondOrDone = "(?i)Step 2 of|第 2 步|Well done|every step|所有步骤都完成";
    private const string NextOrDone = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string BackToSteps = NextOrDone + "|(?i)back to|回到";
    private const string Stopped = "(?i)stopped|已停止";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string IsThisIt = "(?i)Is this your problem|Is this the problem|这是您遇到的问题吗";
    private const string CompareAnswer = "(?i)cheaper|more expensive|costs? more|costs? less|differen|saves?|higher|lower|than|更便宜|更贵|便宜|贵|差价|相差|省";
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskUrgency + "|" + AskDestination;
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string LostParcel = "(?i)lost parcel|tracking not updating|丢件";
    private const string StartZh = "请帮我们看看公司做跨境电商的准备程度";
    private const string StartEn = "could you rate how prepared our company is to sell abroad";
    private const string ProblemEn = "a parcel of ours is stuck at uk customs and they want an invoice";
    private const string ProblemZh = "发到美国的一票货被海关查扣了，要我们补证明";
    private const string CancelsEn = "our ebay account got restricted because too many orders were cancelled";
    private const string CancelsZh = "速卖通店铺因为取消订单率太高被限制了";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // A — a question in a question shape at a playbook step, no question mark: answered, the step not read as done or as a new problem.
        Zh("question-shape-a-not-a-zh",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("清关行能不能替我们交这些材料").Sees(Answered).Never(NotUnderstood, IsThisIt)),
        Zh("question-shape-alternative-zh",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("这些证明是工厂出具还是我们自己写").Sees(Answered).Never(NotUnderstood, IsThisIt)),
        Zh("question-shape-how-long-zh",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("海关一般多久会放行").Sees(Answered).Never(NotUnderstood, IsThisIt)),
        Zh("question-shape-shi-bu-shi-zh",
            Say.That(CancelsZh).Sees(BestMatch),
            Say.That("是的").Sees(FirstStep),
            Say.That("限制期间是不是还能上新品").Sees(Answered).Never(NotUnderstood, IsThisIt)),
        Zh("question-shape-yao-bu-yao-zh",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("要不要先找个律师").Sees(Answered).Never(NotUnderstood, IsThisIt)),
        En("question-shape-auxiliary-first-1",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("does the invoice have to show the hs code").Sees(Answered).Never(NotUnderstood, IsThisIt)),
        En("question-shape-auxiliary-first-2",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("can the buyer sort out the paperwork on their side instead").Sees(Answered).Never(NotUnderstood, IsThisIt)),
        En("question-shape-how-long-en",
            Say.That(CancelsEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("how long until the restriction gets lifted usually").Sees(Answered).Never(NotUnderstood, IsThisIt)),

        // B — a cancel word as the topic of a question at a playbook step: prevention, the playbook going on.
        Zh("cancel-word-as-topic-zh-1",
            Say.That(CancelsZh).Sees(BestMatch),
            Say.That("是的").Sees(FirstStep),
            Say.That("今后怎样让买家少取消订单").Sees(Prevention).Never(Stopped, Menu)),
        Zh("cancel-word-as-topic-zh-2",
            Say.That(CancelsZh).Sees(BestMatch),
            Say.That("是的").Sees(FirstStep),
            Say.That("将来怎么做才能把取消率降下来").Sees(Prevention).Never(Stopped, Menu)),
        En("cancel-word-as-topic-en-1",
            Say.That(CancelsEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("going forward how do we keep the cancellation rate down").Sees(Prevention).Never(Stopped, Menu)),
        En("cancel-word-as-topic-en-2",
            Say.That(CancelsEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("what can we change so fewer orders get cancelled in future").Sees(Prevention).Never(Stopped, Menu)),

        // C — a side shipment inside a playbook called off in other words: back to the steps, never the logistics questions.
        En("call-off-side-shipment-1",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("oh also i need to ship 8 kg of spare parts to a customer in lyon").Sees(AnyLogisticsQuestion),
            Say.That("actually hold off on that delivery, cancel it").Sees(BackToSteps).Never(AnyLogisticsQuestion)),
        En("call-off-side-shipment-2",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("oh also i need to ship 8 kg of spare parts to a customer in lyon").Sees(AnyLogisticsQuestion),
            Say.That("no wait, cancel the parcel for the moment").Sees(BackToSteps).Never(AnyLogisticsQuestion)),
        Zh("call-off-side-shipment-zh-1",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("另外有15公斤配件要寄给米兰的客户").Sees(AnyLogisticsQuestion),
            Say.That("这个包裹先取消吧，不急").Sees(BackToSteps).Never(AnyLogisticsQuestion)),
        Zh("call-off-side-shipment-zh-2",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("另外有15公斤配件要寄给米兰的客户").Sees(AnyLogisticsQuestion),
            Say.That("那批货暂时取消发运").Sees(BackToSteps).Never(AnyLogisticsQuestion)),

        // D — the readiness result asked in other words halfway: the partial result.
        En("result-halfway-1",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("alright, show me how we're doing").Sees(PartialResult).Never(NotUnderstood)),
        En("result-halfway-2",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("how are we shaping up so far").Sees(PartialResult).Never(NotUnderstood)),
        Zh("result-halfway-zh-1",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("先看看我们目前情况怎么样").Sees(PartialResult).Never(NotUnderstood)),
        Zh("result-halfway-zh-2",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("到现在为止打几分了").Sees(PartialResult).Never(NotUnderstood)),

        // E — the business and the shoppers or markets wanted, no ask: the platform guide.
        En("business-and-markets-wanted-1",
            Say.That("we make stainless steel water bottles and want to reach consumers in poland and czechia").Sees(AnyPlatformQuestion).Never(ReadinessStart)),
        En("business-and-markets-wanted-2",
            Say.That("family workshop in dehua making porcelain figurines, hoping to get buyers in canada").Sees(AnyPlatformQuestion).Never(ReadinessStart)),
        Zh("business-and-markets-wanted-zh-1",
            Say.That("我们是临沂做木制玩具的，想把产品卖给澳洲的家庭").Sees(AnyPlatformQuestion).Never(ReadinessStart)),
        Zh("business-and-markets-wanted-zh-2",
            Say.That("深圳一家做蓝牙耳机的小公司，准备开拓中东的个人消费者").Sees(AnyPlatformQuestion).Never(ReadinessStart)),

        // F — a problem confirmed in own words: the matched problem's first step; an order to mail: the logistics guide; never the lost-parcel guess.
        Zh("problem-confirmed-in-own-words-zh",
            Say.That("Shopee马来西亚有买家说收到的杯子尺寸和页面写的不一样，要退款").Sees(BestMatch),
            Say.That("嗯，就是实物跟描述不符").Sees(FirstStep).Never(LostParcel)),
        En("problem-confirmed-in-own-words-en",
            Say.That("a buyer on etsy in ohio says the lamp she got looks nothing like the photos and wants her money back").Sees(BestMatch),
            Say.That("right, item not as described").Sees(FirstStep).Never(LostParcel)),
        Zh("order-to-mail-at-opening-zh",
            Say.That("景德镇做瓷器的，悉尼一位客人订了一套茶具").Sees(AnyLogisticsQuestion).Never(LostParcel, IsThisIt)),
        En("order-to-mail-at-opening-en",
            Say.That("i carve wooden spoons, a guy in oslo just bought six of them").Sees(AnyLogisticsQuestion).Never(LostParcel, IsThisIt)),

        // G — a what-if on the price of a faster service after the logistics result: the difference.
        En("what-if-faster-price-en",
            Say.That("need to mail a 1 kg box of tea to a customer in toronto").Sees(AnyLogisticsQuestion),
            Say.That("25 x 20 x 10 cm").Sees(AskValue), Say.That("60 usd").Sees(AskUrgency),
            Say.That("no rush").Sees(AskTracking), Say.That("yes").Sees(AskReturns), Say.That("no").Sees(AskGoods),
            Say.That("no").Sees(LogisticsResult),
            Say.That("and what would going express add to the bill").Sees(CompareAnswer).Never(AskWeight)),
        Zh("what-if-faster-price-zh",
            Say.That("有个1公斤的茶叶包裹要寄给多伦多的客户").Sees(AnyLogisticsQuestion),
            Say.That("25x20x10厘米").Sees(AskValue), Say.That("60美元").Sees(AskUrgency),
            Say.That("不急").Sees(AskTracking), Say.That("要").Sees(AskReturns), Say.That("不用").Sees(AskGoods),
            Say.That("没有").Sees(LogisticsResult),
            Say.That("换成快递的话要多花多少钱").Sees(CompareAnswer).Never(AskWeight)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev33u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev33u-zh-" + name, "zh-CN", turns);
}
