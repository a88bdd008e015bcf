using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the seventh pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions the knowledge base cannot answer), or a
/// problem reported (the fix-an-issue guide, past its problem question). Written before the seventh pass changed any
/// behaviour, in wording of its own (shorthand, typos, Slack mentions, mixed languages); never tuned on.
/// </summary>
public static class SeventhOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U0SELLER1> how do i get 3kg of tea samples to a buyer in dubai", Logistics),
        ("en-US", "thinking of selling our bamboo towels online abroad, which site should we use?", Platform),
        ("en-US", "pls rate how prepared we are for cross border ecommerce", "(?i)how ready"),
        ("en-US", "mexican customs is holding our package and wants an invoice", Problem),
        ("en-US", "etsy froze our payouts, shop sells mostly to the US", Problem),
        ("en-US", "do cosmetics need an FDA registration for the US?", Answered),
        ("en-US", "will it rain in guangzhou the day after tomorrow?", Answered),
        ("en-US", "whats the difference between IOSS and normal import VAT", Answered),
        ("zh-CN", "<@U0SELLER1> 3公斤茶叶样品怎么寄到迪拜", Logistics),
        ("zh-CN", "竹纤维毛巾想在海外网上卖，用哪个网站好", Platform),
        ("zh-CN", "帮我们看看做跨境电商准备得够不够", "准备度"),
        ("zh-CN", "墨西哥海关扣了我们的包裹，要发票", Problem),
        ("zh-CN", "Etsy冻结了我们的回款，店铺主要卖美国", Problem),
        ("zh-CN", "化妆品卖美国需要FDA注册吗", Answered),
        ("zh-CN", "后天广州会下雨吗", Answered),
        ("zh-CN", "IOSS和普通进口增值税有什么区别", Answered),
    ];
}
