using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The eighth pass's dev scenarios: what the pass tuned on, in wording of its own for each mechanism it changed after the
/// seventh held-out batch (dev material from this pass on) was looked at — Chinese question words used as indefinites
/// ("晚两三天", "没什么"), "快递" as the word for a courier rather than a speed, the question's topic said before the
/// answer ("brand yes", "跟踪要的") and another question's topic at the waiting one ("退换不用"), a doubt ("not sure
/// whether…") as don't-know, amounts in words ("ninety bucks", "一万二", "三千五块", "45ish dollars", "sixty pounds"
/// at the value question), "both" customer types, a side question and an answer in one message, "won't", "…就算了"
/// and "没有具体尺寸". Not a measure.
/// </summary>
public static class EighthDevScenarios
{
    private const string Assumed = "(?i)I'll assume|assum|我先按|默认";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        Zh("a-few-days-late-is-no-question",
            Say.That("帮我选个物流"), Say.That("1公斤"), Say.That("跳过"), Say.That("100元"), Say.That("日本").Sees(AskUrgency),
            Say.That("晚两三天到没关系").Sees(AskTracking).Never(Answered)),
        Zh("a-courier-word-is-no-speed",
            Say.That("帮我挑个快递公司寄东西").Sees(AskWeight).Never("快速"),
            Say.That("2公斤"), Say.That("跳过"), Say.That("80元"), Say.That("韩国").Sees(AskUrgency)),
        En("the-topic-before-the-yes",
            Say.That("help me choose a platform").Sees(AskModel),
            Say.That("b2c"), Say.That("germany"), Say.That("toys"), Say.That("500 usd"), Say.That("a little").Sees(AskBrand),
            Say.That("brand yes, registered in the EU").Sees(PlatformResult)),
        Zh("the-topic-before-the-yes-in-chinese",
            Say.That("帮我选个物流"), Say.That("1公斤"), Say.That("跳过"), Say.That("100元"), Say.That("日本"), Say.That("标准").Sees(AskTracking),
            Say.That("跟踪要的").Sees(AskReturns).Never(AskTracking)),
        Zh("another-questions-topic-at-the-waiting-one",
            Say.That("帮我选个物流"), Say.That("1公斤"), Say.That("跳过"), Say.That("100元"), Say.That("日本").Sees(AskUrgency),
            Say.That("退换不用").Sees(AskUrgency).Never(AskReturns)),
        En("a-doubt-is-a-dont-know",
            Say.That("help me choose shipping"), Say.That("1 kg"), Say.That("skip"), Say.That("20 usd"), Say.That("japan"), Say.That("standard").Sees(AskTracking),
            Say.That("not sure whether tracking is needed").Sees(Assumed, AskReturns)),
        En("an-amount-in-slang-words",
            Say.That("help me choose shipping"), Say.That("1 kg"), Say.That("skip").Sees(AskValue),
            Say.That("ninety bucks").Sees(AskDestination).Never(AskValue)),
        En("an-amount-with-ish",
            Say.That("help me choose shipping"), Say.That("1 kg"), Say.That("skip").Sees(AskValue),
            Say.That("about 45ish dollars").Sees(AskDestination).Never(AskValue)),
        En("pounds-at-the-value-question-are-money",
            Say.That("help me choose shipping"), Say.That("2 kg"), Say.That("skip").Sees(AskValue),
            Say.That("sixty pounds").Sees(AskDestination).Never(AskValue)),
        Zh("an-amount-with-a-digit-after-the-unit",
            Say.That("帮我选个物流"), Say.That("1公斤"), Say.That("跳过").Sees(AskValue),
            Say.That("三千五块").Sees(AskDestination),
            Say.That("美国"), Say.That("标准"), Say.That("要"), Say.That("不要"), Say.That("没有").Sees(LogisticsResult, "3,?500")),
        Zh("a-budget-with-a-digit-after-the-unit",
            Say.That("帮我选平台").Sees(AskModel),
            Say.That("B2C"), Say.That("美国"), Say.That("玩具").Sees(AskBudget),
            Say.That("一万二").Sees(AskExperience).Never(AskBudget),
            Say.That("没有"), Say.That("没有").Sees(PlatformResult, "12,?000")),
        En("both-customer-types",
            Say.That("help me choose a platform").Sees(AskModel),
            Say.That("a mix of both").Sees(AskMarkets).Never(AskModel),
            Say.That("japan"), Say.That("toys"), Say.That("500 usd"), Say.That("none"),
            Say.That("no").Sees(PlatformResult, "B2B instead")),
        Zh("both-customer-types-in-chinese",
            Say.That("帮我选平台").Sees(AskModel),
            Say.That("零售批发都做").Sees(AskMarkets).Never(AskModel)),
        En("an-answer-and-a-side-question",
            Say.That("help me choose shipping"), Say.That("1 kg"), Say.That("skip"), Say.That("20 usd").Sees(AskDestination),
            Say.That("germany. what's the VAT rate there?").Sees(Answered, AskUrgency).Never(AskDestination)),
        Zh("an-answer-and-a-side-question-in-chinese",
            Say.That("帮我选个物流").Sees(AskWeight),
            Say.That("3公斤，另外寄德国要交关税吗？").Sees(Answered, AskDimensions).Never(AskWeight)),
        En("wont-is-a-no",
            Say.That("help me choose shipping"), Say.That("1 kg"), Say.That("skip"), Say.That("20 usd"), Say.That("japan"), Say.That("standard"), Say.That("yes").Sees(AskReturns),
            Say.That("we won't accept returns").Sees(AskGoods)),
        Zh("a-topic-then-forget-it",
            Say.That("帮我选个物流"), Say.That("1公斤"), Say.That("跳过"), Say.That("100元"), Say.That("日本"), Say.That("标准").Sees(AskTracking),
            Say.That("追踪就算了").Sees(AskReturns).Never(AskProblem, AskIssueMarket)),
        Zh("no-size-to-give",
            Say.That("帮我选个物流"), Say.That("1公斤").Sees(AskDimensions),
            Say.That("没有具体尺寸").Sees(AskValue).Never(AskDimensions)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev8-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev8-zh-" + name, "zh-CN", turns);
}
