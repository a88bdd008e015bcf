using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the thirty-third pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "thirtyThird" row of <see cref="HeldOutParts"/>): a task stated (the
/// guide's first open question must follow), a question asked (an answer or an honest "don't know"), or a problem reported
/// (the fix-an-issue guide, past its problem question). Written blind before this pass (session 34) changed any behaviour,
/// by a helper that wrote only this set and changed no code. Like the thirty-third scenarios it is REPRESENTATIVE, not a
/// stress test: the first messages typical small exporters send, in proportion (shipping a parcel, choosing a platform, a
/// readiness check, a problem on an order, a listing or an account, a compliance or tax question), typed naturally; checked
/// by a script against earlier sets and corpora (see <see cref="ThirtyThirdHeldOutScenarios"/>); never tuned on.
/// </summary>
public static class ThirtyThirdOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "got 3kg of ceramic mugs for a barcelona customer, how do i send them", Logistics),
        ("en-US", "we have 2 cartons of led bulbs for an importer in jakarta, best shipping way?", Logistics),
        ("en-US", "small pet toy factory, which marketplace is best for reaching buyers in canada", Platform),
        ("en-US", "5 person trading company, thinking of online export, how ready are we", Readiness),
        ("en-US", "shopee singapore froze my store and i don't know why", Problem),
        ("en-US", "customer in italy says the handbag arrived with a broken strap and left 1 star", Problem),
        ("en-US", "does a bluetooth keyboard need an FCC ID to sell in the US?", Answered),
        ("en-US", "is IOSS needed when i sell cheap earrings to france", Answered),
        ("zh-CN", "有一箱五公斤的茶叶要寄到韩国首尔，走什么快递好", Logistics),
        ("zh-CN", "三托盘瓷砖要发到阿联酋迪拜，怎么运划算", Logistics),
        ("zh-CN", "我们是做宠物用品的小工厂，想卖欧洲，哪个平台合适", Platform),
        ("zh-CN", "一个人做淘宝女装，想出海，先帮我测一下准备度", Readiness),
        ("zh-CN", "TikTok Shop英国站说我们的商品描述夸大，把链接下架了", Problem),
        ("zh-CN", "寄去美国的包裹物流显示签收，客户却说没收到", Problem),
        ("zh-CN", "儿童睡衣卖到欧盟要满足什么安全要求", Answered),
        ("zh-CN", "卖电动牙刷到日本需要PSE吗", Answered),
    ];
}
