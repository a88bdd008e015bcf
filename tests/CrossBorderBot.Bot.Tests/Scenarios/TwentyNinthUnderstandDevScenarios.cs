using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-ninth pass's "other wording" set for what a message is FOR ("understand" half), written before any change
/// of that pass from the KINDS the twenty-seventh part's failing turns were sorted into (roots29), never from its phrases:
/// each conversation is a short way to the place where the kind happens and then one message of that kind in words of its
/// own. Kinds: A an opening stating a shipping task with the delivery asked about = the logistics guide, not a problem
/// report; B looking for buyers or customers online = choosing where to sell (the platform guide); C "which platform, no
/// idea" in own words at the opening = the platform guide, not a knowledge gap; F a statement about one's own products at a
/// readiness prompt = an answer attempt, not a free question or an IP problem; I the result so far asked mid-readiness,
/// the first step asked after the result; L prevention asked in own words at a playbook step; M "and then" words at a
/// playbook step; N back to the earlier problem after a shipping detour = resume it where it was. Real knowledge base.
/// Measured in <see cref="UnderstandDev29Tests"/>.
/// </summary>
public static class TwentyNinthUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondOrDone = "(?i)Step 2 of|第 2 步|Well done|every step|所有步骤都完成";
    private const string AnyStep = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string LaterStep = "(?i)Step [2-9] of|第 [2-9] 步|Well done|every step|所有步骤都完成";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Roadmap = "(?i)roadmap|step|priorit|fix|improv|路线图|步骤|优先|首先|改进|提升";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskUrgency + "|" + AskDestination;
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string StartZh = "帮我们测一下出海准备度";
    private const string StartEn = "can you check how ready we are for cross-border selling";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // A — an opening stating a shipping task, the delivery asked about: the logistics guide, not a problem report.
        Zh("shipping-task-opening-zh-1",
            Say.That("有个澳洲客户下单买了三条羊毛围巾，怎么寄给他最划算").Sees(AnyLogisticsQuestion).Never(Problem, NoKnowledge)),
        Zh("shipping-task-opening-zh-2",
            Say.That("接了个德国的单子，两盏台灯，想问下怎么发过去").Sees(AnyLogisticsQuestion).Never(Problem, NoKnowledge)),
        Zh("shipping-task-opening-zh-3",
            Say.That("美国买家拍了一套茶具，用什么方式寄过去比较稳").Sees(AnyLogisticsQuestion).Never(Problem, NoKnowledge)),
        En("shipping-task-opening-1",
            Say.That("just sold a set of ceramic bowls to someone in melbourne, what's the cheapest way to send them").Sees(AnyLogisticsQuestion).Never(Problem, NoKnowledge)),
        En("shipping-task-opening-2",
            Say.That("a customer in chicago ordered 3 wooden toys from us, how should we get the parcel to her").Sees(AnyLogisticsQuestion).Never(Problem, NoKnowledge)),
        En("shipping-task-opening-3",
            Say.That("new order from a buyer in lyon for two lamps, how do i deliver them without paying a fortune").Sees(AnyLogisticsQuestion).Never(Problem, NoKnowledge)),

        // B — looking for buyers or customers online: choosing where to sell.
        Zh("looking-for-buyers-online-zh-1",
            Say.That("我们是义乌做文具的，想在网上找海外的批发客户").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion, NoKnowledge)),
        Zh("looking-for-buyers-online-zh-2",
            Say.That("宁波的小家电厂，想通过网络接国外的订单").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion, NoKnowledge)),
        En("looking-for-buyers-online-1",
            Say.That("we're a lighting factory in zhongshan, trying to find foreign wholesale clients on the internet").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion, NoKnowledge)),
        En("looking-for-buyers-online-2",
            Say.That("small jewellery brand from yiwu, we want to reach overseas shoppers online").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion, NoKnowledge)),

        // C — which platform, no idea, in own words at the opening: the platform guide, not a knowledge gap.
        Zh("which-platform-no-idea-zh-1",
            Say.That("我们是东莞的鞋厂，打算出海，不清楚该上哪个平台").Sees(AnyPlatformQuestion).Never(NoKnowledge, AnyReadinessQuestion)),
        Zh("which-platform-no-idea-zh-2",
            Say.That("做家纺的，准备搞跨境电商，平台太多挑花眼了").Sees(AnyPlatformQuestion).Never(NoKnowledge, AnyReadinessQuestion)),
        En("which-platform-no-idea",
            Say.That("we're a bike parts workshop going cross-border, no clue which marketplace to pick").Sees(AnyPlatformQuestion).Never(NoKnowledge, AnyReadinessQuestion)),

        // F — a statement about one's own products at a readiness prompt: an answer attempt.
        Zh("own-products-at-differentiation-zh-1",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("我们有两款外观专利").Sees(AnyReadinessQuestion).Never(NoKnowledge, Problem)),
        Zh("own-products-at-differentiation-zh-2",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("部分款式是在老款基础上改进的").Sees(AnyReadinessQuestion).Never(NoKnowledge, Problem)),
        Zh("own-products-at-differentiation-zh-3",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("我们的货都是自己研发的").Sees(AnyReadinessQuestion).Never(NoKnowledge, Problem)),
        En("own-products-at-differentiation-1",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("we hold a couple of design patents").Sees(AnyReadinessQuestion).Never(NoKnowledge, Problem)),
        En("own-products-at-differentiation-2",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("a few of our models are tweaked versions of common ones").Sees(AnyReadinessQuestion).Never(NoKnowledge, Problem)),

        // I — the result so far asked mid-readiness; the first step asked after the result.
        Zh("result-so-far-mid-readiness-zh",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("先让我看看现在的得分").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        Zh("first-step-after-result-zh",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("先出结果吧").Sees(PartialResult),
            Say.That("那我们应该先从哪里下手").Sees(Roadmap).Never(NotUnderstood, NoKnowledge)),
        En("result-so-far-mid-readiness",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("let me see where we stand right now").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        En("first-step-after-result",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("just show me the result now").Sees(PartialResult),
            Say.That("so what should we tackle first?").Sees(Roadmap).Never(NotUnderstood, NoKnowledge)),

        // L — prevention asked in own words at a playbook step.
        Zh("prevention-at-a-step-zh-1",
            Say.That("速卖通西班牙的买家说收到的耳机是坏的，开了纠纷").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("怎么做才能以后别再碰到这种纠纷").Sees(Prevention).Never(NotUnderstood)),
        Zh("prevention-at-a-step-zh-2",
            Say.That("亚马逊美国站的店铺被暂停了，说绩效不达标").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("今后要怎么防止账号再出事").Sees(Prevention).Never(NotUnderstood)),
        En("prevention-at-a-step",
            Say.That("our etsy listings in france got pulled over a missing EPR number").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("what do we do so this doesn't happen to us again").Sees(Prevention).Never(NotUnderstood)),
        En("prevention-at-a-step-2",
            Say.That("too many buyers in germany are returning our jackets, return rate is over 20%").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("how do we keep returns down going forward").Sees(Prevention).Never(NotUnderstood)),

        // M — "and then" words at a playbook step.
        Zh("and-then-at-a-step-zh",
            Say.That("寄到加拿大的包裹被海关扣了，要补税").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("然后呢？").Sees(AnyStep).Never(NotUnderstood)),
        Zh("and-then-at-a-step-zh-2",
            Say.That("速卖通西班牙的买家说收到的耳机是坏的，开了纠纷").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("接下来呢").Sees(AnyStep).Never(NotUnderstood)),
        En("and-then-at-a-step",
            Say.That("our etsy listings in france got pulled over a missing EPR number").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("after that?").Sees(AnyStep).Never(NotUnderstood)),

        // N — back to the earlier problem after a shipping detour: resume it where it was, not start it over.
        Zh("resume-problem-after-detour-zh",
            Say.That("寄到加拿大的包裹被海关扣了，要补税").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("搞定了").Sees(SecondOrDone),
            Say.That("另外有个1公斤的包裹要寄去悉尼，怎么发").Sees(AnyLogisticsQuestion),
            Say.That("行，接着弄海关那个事").Sees(LaterStep).Never(AskProblem, NotUnderstood)),
        En("resume-problem-after-detour",
            Say.That("our etsy listings in france got pulled over a missing EPR number").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("done").Sees(SecondOrDone),
            Say.That("also need to send a 1 kg parcel to sydney, how do i ship it").Sees(AnyLogisticsQuestion),
            Say.That("ok, let's carry on with the etsy issue").Sees(LaterStep).Never(AskProblem, NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev29u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev29u-zh-" + name, "zh-CN", turns);
}
