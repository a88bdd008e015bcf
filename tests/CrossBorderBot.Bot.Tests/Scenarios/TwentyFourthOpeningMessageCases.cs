using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-fourth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", two questions in one message included), or a problem reported
/// (the fix-an-issue guide, past its problem question: a listing blocked on a platform's country store, a parcel held in
/// a city, a buyer's claim). Written blind before the twenty-fourth pass changed any behaviour, by a helper that wrote
/// only this set and changed no code, in wording of its own leaning on the kinds earlier sets covered little: a Slack
/// mention or a pasted line break first, a city for the country (Osaka, São Paulo, 悉尼, 汉堡), a platform's country store
/// ("amazon.de", "美国站", "虾皮马来站"), an own site ("独立站"), a deadline ("before black friday", "月底前"), weights in
/// lb and 斤; checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentyFourthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U06SHIPIT> 6 lb box of ceramic mugs has to reach a cafe in Osaka before black friday, which carrier?", Logistics),
        ("en-US", "\nwe only sell on our own shopify site rn. which marketplace should we add for hiking gear in canada?", Platform),
        ("en-US", "amazon.de suspended our lamp listings, they say the CE declaration we uploaded is invalid", Problem),
        ("en-US", "parcel to são paulo stuck at customs for 2 weeks now, tracking just says 'aguardando pagamento'", Problem),
        ("en-US", "do low value parcels into the US still skip duty now? and does it matter if we ship by post?", Answered),
        ("en-US", "yiwu trading co, 5 people, never sold online. are we even ready to try amazon?", Readiness),
        ("en-US", "what's the VAT rate a buyer in the netherlands pays on imported shoes?", Answered),
        ("en-US", "who do u think wins the derby tonight haha", Answered),
        ("zh-CN", "<@U07XBOT> 一箱十斤的陶瓷茶具要寄到悉尼，月底前要到，走哪个渠道", Logistics),
        ("zh-CN", "我们一直做独立站，现在想在中东开个平台店卖香薰，哪个合适", Platform),
        ("zh-CN", "虾皮马来站的店被限流了，说我们好几单都发货超时", Problem),
        ("zh-CN", "汉堡那边的买家说收到的咖啡机跟图片不一样，在eBay上要求退款", Problem),
        ("zh-CN", "美国站卖带锂电池的产品要什么认证？发货有什么限制？", Answered),
        ("zh-CN", "\n我们是潮州做陶瓷的小厂，十几个人，想摸摸底现在能不能搞跨境", Readiness),
        ("zh-CN", "墨西哥对中国的货加征关税了吗", Answered),
        ("zh-CN", "周末去哪里钓鱼比较好", Answered),
    ];
}
