using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-fifth pass's "other wording" set for what a message is FOR ("understand" half), written before any change of
/// that pass from the KINDS of the thirty-third part's failures that recur in the older dev parts, never from a part's
/// phrases: each conversation is a short way to the place where the kind happens, then one message of that kind in words
/// of its own. Kinds: A an opening whose WANT decides the guide (a business with a market wished for = platforms, an order
/// to send = logistics, a readiness question about oneself = readiness, a problem told as a situation = a problem matched);
/// B at a playbook step, progress told, the next step asked, the match confirmed or prevention asked; C an answer at a
/// guide's question that also looks like something else (the market of a problem, a statement about one's own product);
/// D a cancel among clauses; E thanks with a clause; F the platform plan asked again. Real knowledge base. Measured in
/// <see cref="UnderstandDev35Tests"/>.
/// </summary>
public static class ThirtyFifthUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string NextOrDone = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string Cancelled = Menu + "|(?i)cancel|start over|left|取消|已退出|重新开始";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskUrgency + "|" + AskDestination;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string StartZh = "请帮我们看看公司做跨境电商的准备程度";
    private const string StartEn = "could you rate how prepared our company is to sell abroad";
    private const string ProblemEn = "a parcel of ours is stuck at uk customs and they want an invoice";
    private const string ProblemZh = "发到美国的一票货被海关查扣了，要我们补证明";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // A — an opening: what the message wants decides the guide, not which facts it names.
        En("opening-business-market-wished-1",
            Say.That("we make ceramic planters in dehua, hoping to sell in australia and new zealand").Sees(AnyPlatformQuestion).Never(AnyLogisticsQuestion, ReadinessStart, NoKnowledge)),
        En("opening-business-market-wished-2",
            Say.That("family workshop in suzhou doing embroidered cushions, keen to start selling across germany and austria").Sees(AnyPlatformQuestion).Never(AnyLogisticsQuestion, ReadinessStart, NoKnowledge)),
        En("opening-business-market-wished-3",
            Say.That("quanzhou tea company, oolong and white tea gift boxes, we want shops and distributors in the uk as customers").Sees(AnyPlatformQuestion).Never(AnyLogisticsQuestion, ReadinessStart, Problem, NoKnowledge)),
        Zh("opening-business-market-wished-1",
            Say.That("潮州陶瓷餐具厂，碗盘杯子都做，想做泰国和越南").Sees(AnyPlatformQuestion).Never(AnyLogisticsQuestion, ReadinessStart, NoKnowledge)),
        Zh("opening-business-market-wished-2",
            Say.That("我们是义乌做发饰的小公司，打算进日本").Sees(AnyPlatformQuestion).Never(AnyLogisticsQuestion, ReadinessStart, NoKnowledge)),
        Zh("opening-business-market-wished-3",
            Say.That("佛山灯具小厂，吊灯和台灯，目标是沙特和阿联酋").Sees(AnyPlatformQuestion).Never(AnyLogisticsQuestion, ReadinessStart, NoKnowledge)),
        En("opening-order-to-send",
            Say.That("two of us pour soy candles in guangzhou, and a shop in dublin just ordered 40 jars").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion)),
        Zh("opening-order-to-send",
            Say.That("我在淘宝卖汉服，有个新加坡的买家刚拍了三套").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion)),
        En("opening-readiness-about-ourselves",
            Say.That("leather wallet workshop in guangzhou, mostly private label for brands. could we handle our own online shop for overseas buyers?").Sees(ReadinessStart).Never(NoKnowledge)),
        Zh("opening-readiness-about-ourselves",
            Say.That("我们是给外贸公司代工的袜子厂，有没有能力自己做跨境零售？").Sees(ReadinessStart).Never(NoKnowledge)),
        En("opening-problem-as-situation",
            Say.That("on amazon germany about a quarter of our kids' jackets get sent back, buyers say the sleeves run short").Sees(BestMatch).Never(AnyPlatformQuestion)),
        Zh("opening-problem-as-situation",
            Say.That("速卖通西班牙那边的拖鞋退货快到两成了，大多说码偏小").Sees(BestMatch).Never(AnyPlatformQuestion)),

        // B — at a playbook step: progress told, the next step asked, the match confirmed, prevention asked.
        En("step-progress-told",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("sent the broker our commercial invoice this morning").Sees(NextOrDone).Never(NotUnderstood, FirstStep)),
        Zh("step-progress-told",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("发票和装箱单已经交给报关行了").Sees(NextOrDone).Never(NotUnderstood, FirstStep)),
        En("step-next-asked",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("go on to the next bit").Sees(NextOrDone).Never(NotUnderstood, FirstStep)),
        Zh("step-next-asked",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("接着讲后面一步吧").Sees(NextOrDone).Never(NotUnderstood, FirstStep)),
        En("step-match-confirmed",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yep, exactly that situation").Sees(FirstStep).Never(NotUnderstood)),
        Zh("step-match-confirmed",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("没错，就是这种情况").Sees(FirstStep).Never(NotUnderstood)),
        En("step-prevention-asked",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("how do we keep this from happening on later shipments").Sees(Prevention).Never(NotUnderstood, NoKnowledge)),
        Zh("step-prevention-asked",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("往后发货怎么防着这种事").Sees(Prevention).Never(NotUnderstood, NoKnowledge)),

        // C — an answer at a guide's question that also looks like something else.
        En("answer-own-product-at-differentiation",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("we draw all our own prints and characters in house").Sees(AskQualityCheck).Never(NoKnowledge, Answered)),
        Zh("answer-own-product-at-differentiation",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("图案都是我们自己设计师画的原创").Sees(AskQualityCheck).Never(NoKnowledge, Answered)),

        // D — a cancel among clauses.
        En("cancel-among-clauses-logistics",
            Say.That("need to ship 3 kg of wool scarves to oslo").Sees(AnyLogisticsQuestion),
            Say.That("wait, cancel it, the buyer may change the address").Sees(Cancelled).Never(NotUnderstood, NoKnowledge)),
        Zh("cancel-among-clauses-logistics",
            Say.That("有5公斤的茶具要寄到首尔").Sees(AnyLogisticsQuestion),
            Say.That("先取消吧，等客户确认数量再说").Sees(Cancelled).Never(NotUnderstood, NoKnowledge)),
        En("cancel-among-clauses-platforms",
            Say.That("help me pick a platform").Sees(AskModel),
            Say.That("ok scrap that, we need to talk budget with the boss first").Sees(Cancelled).Never(NotUnderstood, NoKnowledge)),
        Zh("cancel-among-clauses-platforms",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("算了先不弄了，老板还没定预算").Sees(Cancelled).Never(NotUnderstood, NoKnowledge)),

        // E — thanks with a clause.
        En("thanks-with-a-clause-after-platforms",
            Say.That("help me pick a platform").Sees(AskModel),
            Say.That("consumers").Sees(AskMarkets), Say.That("usa").Sees(AskCategory), Say.That("phone cases").Sees(AskBudget),
            Say.That("5000 rmb a month").Sees(AskExperience), Say.That("none").Sees(AskBrand), Say.That("no").Sees(PlatformResult),
            Say.That("thanks, that'll save us a lot of guesswork").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-with-a-clause-after-platforms",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets), Say.That("美国").Sees(AskCategory), Say.That("手机壳").Sees(AskBudget),
            Say.That("每月五千块").Sees(AskExperience), Say.That("没有").Sees(AskBrand), Say.That("没有").Sees(PlatformResult),
            Say.That("多谢，帮我们省了不少事").Sees(Farewell).Never(NotUnderstood)),

        // F — the platform plan asked again.
        En("plan-asked-again",
            Say.That("help me pick a platform").Sees(AskModel),
            Say.That("consumers").Sees(AskMarkets), Say.That("usa").Sees(AskCategory), Say.That("phone cases").Sees(AskBudget),
            Say.That("5000 rmb a month").Sees(AskExperience), Say.That("none").Sees(AskBrand), Say.That("no").Sees(PlatformResult),
            Say.That("could you post that platform list once more").SeesOnce("Platform plan: ")),
        Zh("plan-asked-again",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets), Say.That("美国").Sees(AskCategory), Say.That("手机壳").Sees(AskBudget),
            Say.That("每月五千块").Sees(AskExperience), Say.That("没有").Sees(AskBrand), Say.That("没有").Sees(PlatformResult),
            Say.That("把刚才那个平台方案再贴一次").SeesOnce("平台计划：")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev35u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev35u-zh-" + name, "zh-CN", turns);
}
