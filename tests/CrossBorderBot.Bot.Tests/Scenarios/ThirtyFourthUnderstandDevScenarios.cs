using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-fourth pass's "other wording" set for what a message is FOR ("understand" half), written before any change of
/// that pass from the KINDS of the thirty-second part's first failures that recur in the older dev parts, never from a part's
/// phrases: each conversation is a short way to the place where the kind happens, then one message of that kind in words of
/// its own. Kinds: A thanks with a clause about the seller's own next step or how others will take it, after a result or at
/// a playbook step = a thanks (and, as controls, thanks with a real question stays a question); B the readiness result,
/// level or weakest area asked in other words halfway = the partial result; C at a playbook step, the next step asked in
/// other words, or how to prevent it next time = the next step or the prevention advice; D an opening whose WANT decides
/// the guide (a business with a market wanted = platforms, "am I ready" about oneself = readiness, a problem told as a
/// situation = a problem matched); E a cancel among clauses = cancelled. Real knowledge base. Measured in
/// <see cref="UnderstandDev34Tests"/>.
/// </summary>
public static class ThirtyFourthUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string NextOrDone = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string Cancelled = Menu + "|(?i)cancel|start over|left|取消|已退出|重新开始";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string WeakArea = "(?i)score|area|lowest|weak|strong|得分|分数|方面|最低|短板";
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
        // A — thanks with a clause about the seller's next step or others' reaction: a thanks, never "didn't understand".
        En("thanks-next-step-after-platforms",
            Say.That("help me pick a platform").Sees(AskModel),
            Say.That("consumers").Sees(AskMarkets), Say.That("usa").Sees(AskCategory), Say.That("phone cases").Sees(AskBudget),
            Say.That("5000 rmb a month").Sees(AskExperience), Say.That("none").Sees(AskBrand), Say.That("no").Sees(PlatformResult),
            Say.That("thank you, going to show this to my sister tonight").Sees(Farewell).Never(NotUnderstood)),
        En("thanks-others-reaction-after-platforms",
            Say.That("help me pick a platform").Sees(AskModel),
            Say.That("consumers").Sees(AskMarkets), Say.That("usa").Sees(AskCategory), Say.That("phone cases").Sees(AskBudget),
            Say.That("5000 rmb a month").Sees(AskExperience), Say.That("none").Sees(AskBrand), Say.That("no").Sees(PlatformResult),
            Say.That("cheers, my cofounder is going to like that list").Sees(Farewell).Never(NotUnderstood)),
        En("thanks-next-step-at-step-1",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("thanks, i'll ring the courier about it").Sees(Farewell).Never(NotUnderstood)),
        En("thanks-next-step-at-step-2",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("great thanks, forwarding it to our accountant").Sees(Farewell).Never(NotUnderstood)),
        En("thanks-reaction-at-step",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("thank you so much, the customer should calm down now").Sees(Farewell).Never(NotUnderstood)),
        En("thanks-appreciate-something",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("appreciate the clear explanation").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-next-step-after-platforms-zh",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets), Say.That("美国").Sees(AskCategory), Say.That("手机壳").Sees(AskBudget),
            Say.That("每月五千块").Sees(AskExperience), Say.That("没有").Sees(AskBrand), Say.That("没有").Sees(PlatformResult),
            Say.That("谢谢啦，我回去跟合伙人商量一下").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-reaction-after-platforms-zh",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("卖给个人").Sees(AskMarkets), Say.That("美国").Sees(AskCategory), Say.That("手机壳").Sees(AskBudget),
            Say.That("每月五千块").Sees(AskExperience), Say.That("没有").Sees(AskBrand), Say.That("没有").Sees(PlatformResult),
            Say.That("好的，这份我转给老公看看，多谢").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-next-step-at-step-zh-1",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("行，我这就去联系货代，谢谢").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-next-step-at-step-zh-2",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("感谢，客户那边我来解释").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-next-step-at-step-zh-3",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("明白，回头问问报关行，辛苦了").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-reaction-at-step-zh",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("谢谢，老板听了应该就放心了").Sees(Farewell).Never(NotUnderstood)),
        // Controls: thanks with a real question or a new market is that question, not a goodbye.
        En("thanks-then-question-control",
            Say.That("help me pick a platform").Sees(AskModel),
            Say.That("consumers").Sees(AskMarkets), Say.That("usa").Sees(AskCategory), Say.That("phone cases").Sees(AskBudget),
            Say.That("5000 rmb a month").Sees(AskExperience), Say.That("none").Sees(AskBrand), Say.That("no").Sees(PlatformResult),
            Say.That("thanks, and which of these is cheapest to start on?").Never(Farewell, NotUnderstood)),
        Zh("thanks-then-question-control-zh",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("谢谢，那清关一般要几天？").Never(Farewell, NotUnderstood)),

        // B — the readiness result, level or weakest area asked in other words halfway.
        En("result-halfway-points",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("how many points have we got up to now").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        En("result-halfway-level",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("what level are we at currently?").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        En("result-halfway-weakest",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("3").Sees(AnyReadinessQuestion),
            Say.That("which part is pulling our score down the most?").Sees(WeakArea).Never(NotUnderstood, NoKnowledge)),
        Zh("result-halfway-points-zh",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("我们现在能打多少分").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        Zh("result-halfway-level-zh",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("眼下算是什么档次").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        Zh("result-halfway-weakest-zh",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("3").Sees(AnyReadinessQuestion),
            Say.That("我们哪块最弱").Sees(WeakArea).Never(NotUnderstood, NoKnowledge)),

        // C — at a playbook step: the next step in other words, or prevention for next time.
        En("step-next-in-other-words",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("ok, and after that?").Sees(NextOrDone).Never(NotUnderstood, NoKnowledge)),
        En("step-prevention-next-time",
            Say.That(ProblemEn).Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("what do i do differently so future parcels don't get held").Sees(Prevention).Never(NotUnderstood, NoKnowledge)),
        Zh("step-next-in-other-words-zh",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("然后呢，接着干嘛").Sees(NextOrDone).Never(NotUnderstood, NoKnowledge)),
        Zh("step-prevention-next-time-zh",
            Say.That(ProblemZh).Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("以后发货怎么做才不会再被扣").Sees(Prevention).Never(NotUnderstood, NoKnowledge)),

        // D — an opening whose want decides the guide.
        En("opening-business-and-market-wanted",
            Say.That("qingdao seafood snack maker here, we'd love to sell to japanese households online").Sees(AnyPlatformQuestion).Never(ReadinessStart)),
        En("opening-am-i-ready-myself",
            Say.That("only me and my sister sewing pet beds at home, are we ready to take orders from abroad?").Sees(ReadinessStart).Never(AnyPlatformQuestion)),
        En("opening-problem-as-situation",
            Say.That("customer keeps messaging me, the tracking hasn't moved in 20 days").Sees(Problem).Never(AskProblem)),
        Zh("opening-business-and-market-wanted-zh",
            Say.That("我们在揭阳做不锈钢刀具，打算卖给中东的网购用户").Sees(AnyPlatformQuestion).Never(ReadinessStart)),
        Zh("opening-am-i-ready-myself-zh",
            Say.That("就我一个人在家做手工香皂，我这样够条件卖到国外吗").Sees(ReadinessStart).Never(AnyPlatformQuestion)),
        Zh("opening-problem-as-situation-zh",
            Say.That("买家天天催，包裹物流信息半个月没动了").Sees(Problem).Never(AskProblem)),

        // E — a cancel among clauses.
        En("cancel-among-clauses",
            Say.That("need to ship 2 kg of tea to berlin").Sees(AnyLogisticsQuestion),
            Say.That("hang on, cancel that, i should check the carton with my supplier first").Sees(Cancelled).Never(NotUnderstood, NoKnowledge)),
        Zh("cancel-among-clauses-zh",
            Say.That("有2公斤茶叶要寄到柏林").Sees(AnyLogisticsQuestion),
            Say.That("稍等，取消吧，我先去问下工厂纸箱多大").Sees(Cancelled).Never(NotUnderstood, NoKnowledge)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev34u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev34u-zh-" + name, "zh-CN", turns);
}
