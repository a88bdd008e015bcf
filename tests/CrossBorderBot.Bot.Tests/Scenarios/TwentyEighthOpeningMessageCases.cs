using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-eighth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "twentyEighth" row of <see cref="HeldOutParts"/>): a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know"), or a problem reported (the fix-an-issue guide, past its problem
/// question). Written blind before this pass (session 29) changed any behaviour, by a helper that wrote only this set and
/// changed no code. Like the twenty-eighth scenarios it is REPRESENTATIVE, not a stress test: the first messages typical
/// small exporters send, in proportion (shipping a parcel, choosing a platform, a readiness check, a problem on an order,
/// a listing or an account, a compliance or tax question), typed naturally and drawing on the kinds earlier sets covered,
/// none stressed; checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentyEighthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "need to ship 20kg of led lights to madrid, what's the cheapest way", Logistics),
        ("en-US", "hi, a customer in canada ordered, parcel is 500g, how should i ship", Logistics),
        ("en-US", "small shoe factory here, what marketplace is best for us to reach US buyers", Platform),
        ("en-US", "3 of us run the business, can you check how prepared we are to go global", Readiness),
        ("en-US", "etsy suspended my shop this morning, what do i do", Problem),
        ("en-US", "buyer in italy says the dress looks nothing like the photo", Problem),
        ("en-US", "is an EORI needed before we ship goods into the EU?", Answered),
        ("en-US", "how much GST applies to cheap parcels sent to australia?", Answered),
        ("zh-CN", "有个3公斤的包裹要寄到多伦多，怎么走", Logistics),
        ("zh-CN", "一批家具要海运到澳大利亚，怎么安排", Logistics),
        ("zh-CN", "做宠物用品的，想卖到日本，选什么平台", Platform),
        ("zh-CN", "我们公司想出海，麻烦看看条件够不够", Readiness),
        ("zh-CN", "亚马逊美国站有人投诉我们侵犯专利，商品已被下架", Problem),
        ("zh-CN", "发到巴西的包裹一个多月了还没到", Problem),
        ("zh-CN", "化妆品进欧盟，CPNP通报是必须的吗", Answered),
        ("zh-CN", "中国货进美国现在额外要交多少关税", Answered),
    ];
}
