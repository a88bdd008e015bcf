using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-second pass's "other wording" set for what a message is FOR ("understand" half), written before any change of
/// that pass from the KINDS of the thirtieth part's first failures that recur in the older dev parts (twenty-fourth,
/// twenty-eighth, twenty-ninth), never from a part's phrases: each conversation is a short way to the place where the kind
/// happens and then one message of that kind in words of its own. Kinds: A a seller describes the business and asks, in
/// own words, whether it is ready to sell abroad = the readiness check; B a cancel among other clauses (a reason, a plan)
/// at a guide's question or in a task started inside a playbook = the guide is left, or the steps come back; C prevention
/// for later with a market named, at a playbook step; D thanks with praise = a goodbye; E the readiness result asked in
/// other words mid-check = the partial result; F a knowledge question at a guide's question = answered, then the question
/// again; G an order told at the opening with the way to send it asked = the logistics guide; H a problem told as a
/// situation, no problem word = a matched problem; I a language switch with the step's answer in the same message = the
/// next step. Real knowledge base. Measured in <see cref="UnderstandDev32Tests"/>.
/// </summary>
public static class ThirtySecondUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondOrDone = "(?i)Step 2 of|第 2 步|Well done|every step|所有步骤都完成";
    private const string NextOrDone = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string BackToSteps = NextOrDone + "|(?i)back to|回到";
    private const string Cancelled = Menu + "|(?i)cancel|start over|left|取消|已退出|重新开始";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskUrgency + "|" + AskDestination;
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string StartZh = "请帮我们看看公司做跨境电商的准备程度";
    private const string StartEn = "could you rate how prepared our company is to sell abroad";
    private const string ProblemEn = "a parcel of ours is stuck at uk customs and they want an invoice";
    private const string ProblemEn2 = "amazon de removed our listing for a missing weee number";
    private const string ProblemZh = "发到美国的一票货被海关查扣了，要我们补证明";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // A — the business described, readiness asked in own words: the readiness check.
        En("readiness-in-own-words-1",
            Say.That("two of us sell clay teapots on taobao, is it time for us to go overseas?").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),
        En("readiness-in-own-words-2",
            Say.That("small shoe factory with 40 workers and one english speaker. do we have what it takes to sell internationally?").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),
        Zh("readiness-in-own-words-zh-1",
            Say.That("我们是做围巾的小作坊，就三个人，想知道现在去海外卖条件够不够").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),
        Zh("readiness-in-own-words-zh-2",
            Say.That("开了五年淘宝店卖茶具，客服会点英语，想了解下离做跨境还缺哪些").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),

        // B — a cancel among other clauses: at a guide's question the guide is left; in a task inside a playbook the steps come back.
        En("cancel-with-a-reason-platform",
            Say.That("help me pick a marketplace").Sees(AskModel),
            Say.That("wait, scrap this, my partner has to agree on the money first").Sees(Cancelled).Never(NotUnderstood)),
        En("cancel-with-a-plan-logistics",
            Say.That("need to send 5 kg of green tea to london").Sees(AnyLogisticsQuestion),
            Say.That("ok stop, cancel it, i'll get the box size tomorrow").Sees(Cancelled).Never(AskDimensions)),
        Zh("cancel-with-a-reason-platform-zh",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("先等等，不弄了取消吧，我得问问老板预算").Sees(Cancelled).Never(NotUnderstood)),
        Zh("cancel-with-a-plan-logistics-zh",
            Say.That("寄一箱茶叶到美国，帮我看看物流").Sees(AnyLogisticsQuestion),
            Say.That("算了，取消，我回头量好尺寸再来").Sees(Cancelled).Never(AskDimensions)),
        En("cancel-task-inside-playbook",
            Say.That(ProblemEn).Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("by the way i have 12 kg of samples to send to paris").Sees(AnyLogisticsQuestion),
            Say.That("never mind, drop the sample parcel, cancel it for today").Sees(BackToSteps)),
        Zh("cancel-task-inside-playbook-zh",
            Say.That(ProblemZh).Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("对了，还有一箱货12公斤要发到德国").Sees(AnyLogisticsQuestion),
            Say.That("这票先不发了，取消掉，以后再说").Sees(BackToSteps)),

        // C — prevention for later with a market named, at a playbook step.
        En("prevention-later-with-market-1",
            Say.That(ProblemEn2).Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("what should we do so it doesn't repeat once we open in italy").Sees(Prevention).Never(NotUnderstood)),
        En("prevention-later-with-market-2",
            Say.That(ProblemEn).Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("how do we stop this happening when we start shipping to canada").Sees(Prevention).Never(NotUnderstood)),
        Zh("prevention-later-with-market-zh-1",
            Say.That(ProblemZh).Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("将来发日本怎么做才不会再出这种事").Sees(Prevention).Never(NotUnderstood)),
        Zh("prevention-later-with-market-zh-2",
            Say.That("亚马逊德国站说我们缺包装法的注册号，把商品下架了").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("以后开英国站要提前注意哪些").Sees(Prevention).Never(NotUnderstood)),

        // D — thanks with praise: a goodbye.
        En("thanks-with-praise-1",
            Say.That("what is the de minimis for parcels to the us?").Sees(Answered),
            Say.That("awesome, that really cleared things up, thank you").Sees(Farewell).Never(NotUnderstood)),
        En("thanks-with-praise-2",
            Say.That(ProblemEn2).Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("brilliant, cheers, my manager will love this").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-with-praise-zh-1",
            Say.That("欧盟的IOSS是什么？").Sees(Answered),
            Say.That("太好了，帮了大忙，谢谢").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-with-praise-zh-2",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets), Say.That("美国").Sees(AskCategory), Say.That("手机壳").Sees(AskBudget),
            Say.That("每月五千块").Sees(AskExperience), Say.That("没有").Sees(AskBrand), Say.That("没有").Sees(PlatformResult),
            Say.That("真给力，多谢啦，老板肯定满意").Sees(Farewell).Never(NotUnderstood)),

        // E — the readiness result asked in other words mid-check: the partial result.
        En("result-in-other-words-1",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("how are we looking so far?").Sees(PartialResult).Never(NotUnderstood)),
        En("result-in-other-words-2",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("what's our standing at this point").Sees(PartialResult).Never(NotUnderstood)),
        Zh("result-in-other-words-zh-1",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("现在算下来我们怎么样了").Sees(PartialResult).Never(NotUnderstood)),
        Zh("result-in-other-words-zh-2",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("到这儿为止我们大概啥水平").Sees(PartialResult).Never(NotUnderstood)),

        // F — a knowledge question at a guide's question: answered, then the question again.
        En("side-question-at-step-1",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AskQualityCheck), Say.That("2").Sees(AskCertificates),
            Say.That("do wooden toys need any certification for europe?").Sees(Answered, AskCertificates)),
        Zh("side-question-at-step-zh-1",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AskQualityCheck), Say.That("2").Sees(AskCertificates),
            Say.That("陶瓷杯卖到美国要做什么检测？").Sees(Answered, AskCertificates)),
        Zh("side-question-at-step-zh-2",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets), Say.That("日本").Sees(AskCategory), Say.That("数据线").Sees(AskBudget),
            Say.That("日本亚马逊的佣金一般多少").Sees(Answered, AskBudget)),
        En("side-question-at-step-2",
            Say.That("send 3 kg of phone cases to mexico").Sees(AnyLogisticsQuestion),
            Say.That("what's the import duty in mexico roughly").Sees(Answered).Never(NotUnderstood)),

        // G — an order told at the opening, the way to send it asked: the logistics guide.
        En("order-told-how-to-mail",
            Say.That("i knit hats and sell them on etsy, a buyer in dublin just ordered two, best way to get them to her?").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, Problem)),
        Zh("order-told-how-to-mail-zh",
            Say.That("我做手工皂在网上卖，有个加拿大买家下单了五块，寄过去用什么方式好").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, Problem)),

        // H — a problem told as a situation: a matched problem.
        En("problem-as-situation",
            Say.That("we sell yoga mats on amazon uk, copycats undercut us every week and we barely make anything now").Sees(BestMatch).Never(AnyPlatformQuestion)),
        Zh("problem-as-situation-zh",
            Say.That("在速卖通卖蓝牙音箱，跟风的人越来越多，价格被压得很低，快亏本了").Sees(BestMatch).Never(AnyPlatformQuestion)),

        // I — a language switch with the step's answer in the same message: the next step.
        Zh("switch-with-answer-to-english",
            Say.That(ProblemZh).Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("let's continue in english. we have already contacted the broker and sent the papers").Sees(SecondOrDone).Never(NotUnderstood)),
        En("switch-with-answer-to-chinese",
            Say.That(ProblemEn).Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("后面用中文吧，发票我们已经补交给海关了").Sees(SecondOrDone).Never(NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev32u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev32u-zh-" + name, "zh-CN", turns);
}
