using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The second batch of scenarios, written after the first batch's behaviour was built (so not held out): result
/// questions, what-ifs, defaults, ordinals and typos, problems and new tasks inside a guide, text channels.
/// </summary>
public static class MoreScenarios
{
    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("free-question-at-a-result-then-what-next-again",
            [.. ToGermanyEn,
            Say.That("what tax will a German buyer pay on this?").Sees(Answered, WhatNext)]),
        En("express-what-if-states-what-changed",
            [.. ToGermanyEn,
            Say.That("express").Sees(LogisticsResult, "(?i)except", "Fast")]),
        En("platform-why-the-first-is-ranked-first",
            [.. PlatformEn,
            Say.That("why is the top platform ranked first?").Sees("ranked first", "(?i)fit score").Sees(WhatNext)]),
        En("platform-what-if-another-market",
            [.. PlatformEn,
            Say.That("what about Japan instead?").Sees(PlatformResult, "Japan")]),
        En("problem-report-inside-a-guide-goes-to-fix-issue",
            Say.That("choose logistics").Sees(AskWeight),
            Say.That("my last parcel is stuck at customs in Germany, what should I do").Sees(BestMatch).Never(AskWeight, AskProblem)),
        En("default-is-said-when-the-user-does-not-know",
            Say.That("ship 1kg of phone cases to France, worth 20 usd").Sees(AskDimensions),
            Say.That("skip").Sees(AskUrgency),
            Say.That("no idea").Sees("(?i)I'll assume", AskTracking)),
        En("typo-and-ordinal-answers",
            Say.That("which platform fits us? b2b, furniture, 2000 usd a month").Sees(AskMarkets),
            Say.That("US").Sees(AskExperience),
            Say.That("expirienced").Sees(AskBrand)),
        En("back-still-goes-to-the-previous-question",
            Say.That("choose logistics").Sees(AskWeight),
            Say.That("2kg").Sees(AskDimensions),
            Say.That("back").Sees(AskWeight)),
        En("readiness-score-question-is-answered-from-the-result",
            [Say.That("check my readiness to sell abroad").Sees("(?i)how ready"),
            .. Enumerable.Range(0, 15).Select(_ => Say.That("2")),
            Say.That("2").Sees("Readiness: "),
            Say.That("what does my score mean?").Sees("out of 100", "(?i)levels", WhatNext)]),
        new("en-plan-recall-on-a-text-channel-is-sent-once", "en-US",
            [.. ToGermanyEn,
            Say.That("can you show me my plan again?").SeesOnce("Logistics plan: ")], ChannelId: "sms"),

        Zh("express-what-if-states-what-changed",
            [.. ToGermanyZh,
            Say.That("如果改成加急呢").Sees(LogisticsResult, "只改了", "快速")]),
        Zh("free-question-at-a-result-then-what-next-again",
            [.. ToGermanyZh,
            Say.That("德国买家要交多少增值税？").Sees(Answered, WhatNext)]),
        Zh("platform-why-the-first-is-ranked-first",
            [.. PlatformZh,
            Say.That("为什么排第一的是它？").Sees("排在第一", "匹配度")]),
        Zh("problem-report-inside-a-guide",
            Say.That("帮我选平台").Sees(AskModel),
            Say.That("我的店铺被封号了，怎么办").Sees(BestMatch).Never(AskModel, AskProblem)),
        Zh("default-is-said-when-the-user-does-not-know",
            Say.That("寄1公斤手机壳到法国，货值100元").Sees(AskDimensions),
            Say.That("跳过").Sees(AskUrgency),
            Say.That("随便").Sees("我先按", AskTracking)),
        Zh("two-destinations-are-both-kept",
            Say.That("寄1公斤玩具到英国和澳大利亚").Sees(AskDimensions, "澳大利亚"),
            Say.That("跳过"), Say.That("100元"), Say.That("标准"), Say.That("要"), Say.That("不用"),
            Say.That("没有").Sees(LogisticsResult, "英国", "澳大利亚"),
            Say.That("换成澳大利亚").Sees(LogisticsResult, "澳大利亚")),
        Zh("question-at-the-menu-then-a-task",
            Say.That("你好").Sees(Menu),
            Say.That("IOSS是什么？").Sees(Answered),
            Say.That("帮我选物流").Sees(AskWeight)),
        Zh("readiness-level-question-is-answered-from-the-result",
            [Say.That("评估一下我们的出海准备度").Sees("准备度"),
            .. Enumerable.Range(0, 15).Select(_ => Say.That("2")),
            Say.That("2").Sees("准备度："),
            Say.That("我的得分是什么意思？").Sees("总分", "等级")]),
        Zh("new-task-inside-a-guide",
            Say.That("帮我选物流").Sees(AskWeight),
            Say.That("算了，我想先评估一下我们公司能不能做跨境电商").Sees("准备度").Never(AskWeight)),
    ];

    private static ScenarioTurn[] ToGermanyEn =>
    [
        Say.That("ship a 2kg parcel of shoes to Germany").Sees(AskDimensions),
        Say.That("skip"), Say.That("€30"), Say.That("standard"), Say.That("yes"), Say.That("no"),
        Say.That("neither").Sees(LogisticsResult, "Germany"),
    ];

    private static ScenarioTurn[] ToGermanyZh =>
    [
        Say.That("寄2公斤的鞋子到德国").Sees(AskDimensions),
        Say.That("跳过"), Say.That("30欧元"), Say.That("标准"), Say.That("是"), Say.That("否"),
        Say.That("都没有").Sees(LogisticsResult, "德国"),
    ];

    private static ScenarioTurn[] PlatformEn =>
    [
        Say.That("b2c, we sell kitchen tools, budget 600 usd a month, some experience, our own brand").Sees(AskMarkets),
        Say.That("the US and UK").Sees(PlatformResult),
    ];

    private static ScenarioTurn[] PlatformZh =>
    [
        Say.That("帮我选平台，卖给消费者，卖鞋子，每月预算8000元，有一些经验，有自有品牌").Sees(AskMarkets),
        Say.That("欧洲").Sees(PlatformResult),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("zh-" + name, "zh-CN", turns);
}
