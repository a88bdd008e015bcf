using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the thirty-first pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "thirtyFirst" row of <see cref="HeldOutParts"/>): a task stated (the
/// guide's first open question must follow), a question asked (an answer or an honest "don't know"), or a problem reported
/// (the fix-an-issue guide, past its problem question). Written blind before this pass (session 32) changed any behaviour,
/// by a helper that wrote only this set and changed no code. Like the thirty-first scenarios it is REPRESENTATIVE, not a
/// stress test: the first messages typical small exporters send, in proportion (shipping a parcel, choosing a platform, a
/// readiness check, a problem on an order, a listing or an account, a compliance or tax question), typed naturally; checked
/// by a script against earlier sets and corpora (see <see cref="ThirtyFirstHeldOutScenarios"/>); never tuned on.
/// </summary>
public static class ThirtyFirstOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "how much to send a 5kg carton of ceramic mugs to sydney", Logistics),
        ("en-US", "got an order for 2 kids scooters to a customer in dubai, how do i ship them", Logistics),
        ("en-US", "we're a pet bed factory in nantong — best marketplace to start selling in germany?", Platform),
        ("en-US", "small cosmetics trading firm, three of us — how prepared are we for selling abroad on marketplaces?", Readiness),
        ("en-US", "temu put our shop on hold, says our product images are misleading", Problem),
        ("en-US", "parcel to a buyer in rome shows delivered but she never got it", Problem),
        ("en-US", "is an EORI number required for a chinese seller shipping to EU buyers?", Answered),
        ("en-US", "what's the duty on kids' shoes into the US right now", Answered),
        ("zh-CN", "十公斤的茶具要寄给法国的客户，怎么发便宜", Logistics),
        ("zh-CN", "一箱样品三公斤，要寄到印度孟买", Logistics),
        ("zh-CN", "我们做宠物用品的，想做东南亚，推荐什么平台", Platform),
        ("zh-CN", "我们五个人做家居收纳用品，想测测出海准备度", Readiness),
        ("zh-CN", "亚马逊UK那边说我们listing里功效写得太夸张，让修改", Problem),
        ("zh-CN", "巴西海关把我的包裹退回了，说申报信息不全", Problem),
        ("zh-CN", "给日本卖餐具需要做食品接触检测吗", Answered),
        ("zh-CN", "卖到马来西亚的小包裹要交销售税吗", Answered),
    ];
}
