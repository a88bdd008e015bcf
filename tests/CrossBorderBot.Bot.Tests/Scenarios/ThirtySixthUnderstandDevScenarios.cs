using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-sixth pass's "other wording" set for what a message is FOR ("understand" half), written before any change of
/// that pass from the KINDS of the thirty-fourth part's failures (and the two regressions of the thirty-fourth merge in the
/// twenty-sixth and twenty-third parts), never from a part's phrases: each conversation is a short way to the place where the
/// kind happens, then one message of that kind in words of its own. Kinds: A an opening that tells a shipment or order ready
/// for a named buyer or place (= logistics); B an answer at a readiness question in the question's own terms (even with a
/// question mark) that looks like a side question or another guide's fact; C thanks with a clause at a result or a playbook
/// step; D a cancel with a reason clause; E the readiness score asked halfway; F a new shipment told inside a playbook;
/// G the business told WITH a want (what we lack = readiness, a platform looked for = platforms). Real knowledge base.
/// Measured in <see cref="UnderstandDev36Tests"/>.
/// </summary>
public static class ThirtySixthUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string NextOrDone = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string Cancelled = Menu + "|(?i)cancel|start over|left|取消|已退出|重新开始";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string SoFar = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskUrgency + "|" + AskDestination;
    private const string StartEn = "please assess whether our business is ready to sell overseas";
    private const string StartZh = "帮我评估一下我们出海准备得怎么样";
    private const string ProblemEn = "our listings on amazon france got blocked because we have no EPR number";
    private const string ProblemZh = "寄到加拿大的包裹被海关扣了，说发票金额不对";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // A — an opening telling goods ready or ordered for a named buyer or place: a shipment to plan, not readiness or platforms.
        En("opening-goods-ready-for-buyer-1",
            Say.That("small candle studio in xiamen, 2 cartons of scented candles are packed for a retailer in lyon").Sees(AnyLogisticsQuestion).Never(ReadinessStart, AnyPlatformQuestion)),
        En("opening-goods-ready-for-buyer-2",
            Say.That("bamboo toothbrush maker here, a distributor in auckland took 500 pcs").Sees(AnyLogisticsQuestion).Never(ReadinessStart, AnyPlatformQuestion)),
        En("opening-goods-ready-for-buyer-3",
            Say.That("first sample box of knitted beanies is heading to a boutique in calgary").Sees(AnyLogisticsQuestion).Never(ReadinessStart, AnyPlatformQuestion)),
        Zh("opening-goods-ready-for-buyer-1",
            Say.That("宁波做保温杯的，迪拜一个批发商订了两百个").Sees(AnyLogisticsQuestion).Never(ReadinessStart, AnyPlatformQuestion)),
        Zh("opening-goods-ready-for-buyer-2",
            Say.That("深圳三个人做手机支架，首尔一家店要了一百个样品").Sees(AnyLogisticsQuestion).Never(ReadinessStart, AnyPlatformQuestion)),
        Zh("opening-goods-ready-for-buyer-3",
            Say.That("一箱陶瓷花瓶已经打包好了，是给米兰一个客户的").Sees(AnyLogisticsQuestion).Never(ReadinessStart, AnyPlatformQuestion)),

        // B — an answer in the readiness question's own terms: the next question, not a side answer or another guide.
        En("answer-differentiation-mixed",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("a few designs are ours, the rest copy what already sells").Sees(AskQualityCheck).Never(NoKnowledge, NotUnderstood)),
        Zh("answer-differentiation-mixed",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("一部分自己开模，一部分照着爆款做").Sees(AskQualityCheck).Never(NoKnowledge, NotUnderstood)),
        Zh("answer-differentiation-same",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("跟市面上基本一样").Sees(AskQualityCheck).Never(NoKnowledge, NotUnderstood)),
        En("answer-quality-factory-ships",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("own designs").Sees(AskQualityCheck),
            Say.That("the factory ships straight to buyers, we never inspect").Sees(AskCertificates).Never(AnyLogisticsQuestion, NoKnowledge)),
        Zh("answer-quality-factory-ships",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("自己设计的").Sees(AskQualityCheck),
            Say.That("工厂直接发给买家，我们不验货").Sees(AskCertificates).Never(AnyLogisticsQuestion, NoKnowledge)),
        En("answer-certificates-with-question-mark",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("own designs").Sees(AskQualityCheck),
            Say.That("spot checks now and then").Sees(AskCertificates),
            Say.That("plush toys don't need any, right?").Sees(AskTaxRegistration + "|" + AskCertificates).Never(NoKnowledge, AnyLogisticsQuestion)),
        Zh("answer-certificates-with-question-mark",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("自己设计的").Sees(AskQualityCheck),
            Say.That("偶尔抽查").Sees(AskCertificates),
            Say.That("布艺收纳应该不用什么认证吧？").Sees(AskTaxRegistration + "|" + AskCertificates).Never(NoKnowledge, AnyLogisticsQuestion)),

        // C — thanks with a clause at a result or a playbook step: a farewell, not "didn't understand" or a knowledge answer.
        En("thanks-after-platform-result",
            Say.That("help me pick a platform").Sees(AskModel),
            Say.That("consumers").Sees(AskMarkets), Say.That("usa").Sees(AskCategory), Say.That("phone cases").Sees(AskBudget),
            Say.That("5000 rmb a month").Sees(AskExperience), Say.That("none").Sees(AskBrand), Say.That("no").Sees(PlatformResult),
            Say.That("many thanks, my partner will like this list").Sees(Farewell).Never(NotUnderstood, NoKnowledge)),
        Zh("thanks-after-platform-result",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets), Say.That("美国").Sees(AskCategory), Say.That("手机壳").Sees(AskBudget),
            Say.That("每月五千块").Sees(AskExperience), Say.That("没有").Sees(AskBrand), Say.That("没有").Sees(PlatformResult),
            Say.That("谢谢你，心里有底了").Sees(Farewell).Never(NotUnderstood, NoKnowledge)),
        En("thanks-at-playbook-step",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("thanks a bunch, we know what to do now").Sees(Farewell).Never(NotUnderstood, NoKnowledge)),
        Zh("thanks-at-playbook-step",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("多谢，知道怎么处理了").Sees(Farewell).Never(NotUnderstood, NoKnowledge)),
        En("thanks-after-logistics-result",
            Say.That("need to ship 3 kg of wool scarves to oslo").Sees(AnyLogisticsQuestion),
            Say.That("40x30x20 cm").Sees(AskValue), Say.That("200 usd").Sees(AskUrgency), Say.That("no rush").Sees(AskTracking),
            Say.That("yes").Sees(AskReturns), Say.That("no").Sees(AskGoods), Say.That("none").Sees(LogisticsResult),
            Say.That("cheers, the buyer in oslo will be pleased").Sees(Farewell).Never(NotUnderstood, NoKnowledge)),
        Zh("thanks-after-logistics-result",
            Say.That("有5公斤的茶具要寄到首尔").Sees(AnyLogisticsQuestion),
            Say.That("40×30×20厘米").Sees(AskValue), Say.That("300美元").Sees(AskUrgency), Say.That("不急").Sees(AskTracking),
            Say.That("要").Sees(AskReturns), Say.That("不用").Sees(AskGoods), Say.That("都没有").Sees(LogisticsResult),
            Say.That("谢啦，客户那边也满意了").Sees(Farewell).Never(NotUnderstood, NoKnowledge)),

        // D — a cancel with a reason clause: the guide left, not an answer or a changed slot.
        En("cancel-with-reason-logistics",
            Say.That("need to ship 3 kg of wool scarves to oslo").Sees(AnyLogisticsQuestion),
            Say.That("cancel this one, my partner books the freight").Sees(Cancelled).Never(NotUnderstood, NoKnowledge, AskValue)),
        Zh("cancel-with-reason-logistics",
            Say.That("有5公斤的茶具要寄到首尔").Sees(AnyLogisticsQuestion),
            Say.That("算了，这批先不发了").Sees(Cancelled).Never(NotUnderstood, NoKnowledge, AskValue)),
        En("cancel-with-reason-platforms",
            Say.That("help me pick a platform").Sees(AskModel),
            Say.That("consumers").Sees(AskMarkets),
            Say.That("hmm drop it, we'll get back to this next month").Sees(Cancelled).Never(NotUnderstood, NoKnowledge, AskCategory)),
        Zh("cancel-with-reason-platforms",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets),
            Say.That("不弄了，改天再说").Sees(Cancelled).Never(NotUnderstood, NoKnowledge, AskCategory)),
        En("cancel-with-reason-readiness",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("own designs").Sees(AskQualityCheck),
            Say.That("stop here please, my cofounder should answer these").Sees(Cancelled).Never(NotUnderstood, NoKnowledge, AskCertificates)),
        Zh("cancel-with-reason-readiness",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("自己设计的").Sees(AskQualityCheck),
            Say.That("先不做了，等老板回来再填").Sees(Cancelled).Never(NotUnderstood, NoKnowledge, AskCertificates)),

        // E — the readiness score asked halfway: what is known so far, not "I don't know that".
        En("score-asked-halfway-1",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("own designs").Sees(AskQualityCheck), Say.That("spot checks now and then").Sees(AskCertificates),
            Say.That("how's my readiness looking at this point?").Sees(SoFar).Never(NoKnowledge)),
        En("score-asked-halfway-2",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("own designs").Sees(AskQualityCheck), Say.That("spot checks now and then").Sees(AskCertificates),
            Say.That("what would i score right now").Sees(SoFar).Never(NoKnowledge)),
        Zh("score-asked-halfway-1",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("自己设计的").Sees(AskQualityCheck), Say.That("偶尔抽查").Sees(AskCertificates),
            Say.That("到这儿为止我大概几分").Sees(SoFar).Never(NoKnowledge)),
        Zh("score-asked-halfway-2",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("自己设计的").Sees(AskQualityCheck), Say.That("偶尔抽查").Sees(AskCertificates),
            Say.That("现在看下来成绩如何").Sees(SoFar).Never(NoKnowledge)),

        // F — a new shipment told inside a playbook: the logistics guide with what it said, not the step.
        En("new-shipment-inside-playbook",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("btw i also have a 4 kg box of yoga mats to send to perth").Sees(AskDimensions + "|" + AskValue).Never(AskWeight, AskDestination, NotUnderstood)),
        Zh("new-shipment-inside-playbook",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("另外还有一箱蓝牙音箱，三公斤，要发到吉隆坡").Sees(AskDimensions + "|" + AskValue).Never(AskWeight, AskDestination, NotUnderstood)),

        // G — the business told WITH a want: what the want asks decides the guide.
        En("business-with-want-readiness",
            Say.That("we're a furniture maker in foshan and want to know what we're missing to go cross-border").Sees(ReadinessStart).Never(AnyPlatformQuestion, AnyLogisticsQuestion)),
        Zh("business-with-want-readiness",
            Say.That("我们是温州的鞋厂，想了解出海还缺哪些").Sees(ReadinessStart).Never(AnyPlatformQuestion, AnyLogisticsQuestion)),
        En("business-with-want-platform",
            Say.That("textile trading firm in shaoxing, looking for a platform to wholesale to buyers in brazil").Sees(AnyPlatformQuestion).Never(AnyLogisticsQuestion, ReadinessStart)),
        Zh("business-with-want-platform",
            Say.That("我们是东莞的玩具公司，想找个平台卖批发，客户主要在欧洲").Sees(AnyPlatformQuestion).Never(AnyLogisticsQuestion, ReadinessStart)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev36u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev36u-zh-" + name, "zh-CN", turns);
}
