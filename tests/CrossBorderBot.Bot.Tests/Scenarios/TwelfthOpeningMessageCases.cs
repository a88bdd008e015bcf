using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twelfth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions the knowledge base cannot answer and
/// questions that name a guide's topic or a marketplace), or a problem reported (the fix-an-issue guide, past its
/// problem question). Written before the twelfth pass changed any behaviour, in wording of its own (typos, Slack
/// mentions, regions, mixed languages, amounts in words, several products or places); never tuned on.
/// </summary>
public static class TwelfthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U0TEAM555> need to get 4 kilos of dog toys and leashes over to belgium, best carrier?", Logistics),
        ("en-US", "should we open a shop on zalando or otto for our sneakers in germany", Platform),
        ("en-US", "rate our readiness to start selling internationally pls", "(?i)how ready"),
        ("en-US", "our ebay account in germany got restricted, what do we do", Problem),
        ("en-US", "buyer in spain received the glass teapot smashed", Problem),
        ("en-US", "what paperwork do i need to export cosmetics to the eu?", Answered),
        ("en-US", "whats the capital of australia", Answered),
        ("en-US", "how much is the ebay final value fee", Answered),
        ("zh-CN", "<@U0TEAM555> 四公斤狗玩具和牵引绳要发比利时，哪家快递好", Logistics),
        ("zh-CN", "德国卖运动鞋，zalando和otto哪个好", Platform),
        ("zh-CN", "评估一下我们现在适不适合开始做外贸", "准备度"),
        ("zh-CN", "我们德国站的ebay账号被限制了怎么办", Problem),
        ("zh-CN", "西班牙买家收到的玻璃茶壶碎了", Problem),
        ("zh-CN", "化妆品出口欧盟需要准备哪些文件", Answered),
        ("zh-CN", "澳大利亚首都是哪里", Answered),
        ("zh-CN", "ebay成交费收多少", Answered),
    ];
}
