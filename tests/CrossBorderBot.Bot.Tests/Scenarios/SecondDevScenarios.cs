using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Development scenarios of the second pass: written while building (so tuned on, unlike
/// <see cref="SecondHeldOutScenarios"/>), in wording different from the held-out batch.
/// </summary>
public static class SecondDevScenarios
{
    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("problem-report-inside-logistics-resumes-after-cancel",
            Say.That("choose logistics").Sees(AskWeight),
            Say.That("4kg").Sees(AskDimensions),
            Say.That("our parcel to Spain was lost by the courier, what should I do?").Sees(BestMatch).Never(AskProblem),
            Say.That("cancel").Sees(AskDimensions).Never(AskWeight)),
        Zh("new-task-inside-logistics-resumes-after-cancel",
            Say.That("帮我选物流").Sees(AskWeight),
            Say.That("2公斤").Sees(AskDimensions),
            Say.That("等一下，我想先选一个合适的电商平台").Sees(AskModel).Never(AskDimensions),
            Say.That("取消").Sees(AskDimensions).Never(AskWeight)),
        En("readiness-reads-answers-given-early-and-names-a-default",
            Say.That("readiness check please: we have 3 staff on cross-border and production takes 10 days").Sees("(?i)noted", "How different are your products"),
            Say.That("mostly the same as others").Sees("How do you check quality"),
            Say.That("we use a third-party inspection company").Sees("certifications your target markets require"),
            Say.That("dunno").Sees("(?i)I'll assume", "VAT/GST, IOSS and EPR")),
        Zh("readiness-answer-for-a-later-question-is-kept",
            Say.That("评估一下出海准备度").Sees("产品与其他卖家相比有多大差异"),
            Say.That("基本和别人一样，我们国内商标已经注册了").Sees("已记下", "如何检查质量"),
            Say.That("不检查").Sees("要求的认证")),
        En("fix-issue-typed-description-with-a-country-skips-the-market",
            Say.That("I have an issue to fix").Sees(AskProblem),
            Say.That("our shipment to Japan is stuck in customs").Sees(BestMatch, "Japan").Never(AskIssueMarket)),
        Zh("fix-issue-market-unknown-is-assumed",
            Say.That("我要处理一个问题").Sees(AskProblem),
            Say.That("买家说收到的货有质量问题").Sees(AskIssueMarket),
            Say.That("不知道").Sees("我先按", BestMatch)),
        Zh("platform-several-products-offered-after-the-result",
            Say.That("帮我选平台，我们做蓝牙耳机和手机壳").Sees(AskModel, "手机配件"),
            Say.That("B2C").Sees(AskMarkets),
            Say.That("美国").Sees(AskBudget),
            Say.That("每月五千美元").Sees(AskExperience),
            Say.That("有一些经验").Sees(AskBrand),
            Say.That("没有品牌").Sees(PlatformResult, "换成手机配件")),
        En("menu-message-with-platform-facts-starts-the-platform-guide",
            Say.That("hi").Sees(Menu),
            Say.That("b2b, furniture, 3000 usd monthly budget, no experience").Sees(AskMarkets).Never(AskModel, AskCategory, AskBudget)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev2-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev2-zh-" + name, "zh-CN", turns);
}
