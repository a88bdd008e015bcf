using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-sixth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "twentySixth" row of <see cref="HeldOutParts"/>): a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know"), or a problem reported (the fix-an-issue guide, past its problem
/// question). Written blind before this pass (session 27) changed any behaviour, by a helper that wrote only this set and
/// changed no code. Like the twenty-sixth scenarios it is REPRESENTATIVE, not a stress test: the first messages typical
/// small exporters send, in proportion (shipping a parcel, choosing a platform, a readiness check, a problem on an order
/// or a listing, a compliance or tax question), typed naturally and drawing on the kinds earlier sets covered, none
/// stressed; checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentySixthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "need to ship a 4kg carton of led bulbs to a customer in madrid, what do you suggest", Logistics),
        ("en-US", "how should i send 2 sample dresses to a boutique in milan?", Logistics),
        ("en-US", "we make bamboo cutting boards, what marketplace suits the canadian market?", Platform),
        ("en-US", "family-run ceramics workshop, are we in shape to sell abroad online?", Readiness),
        ("en-US", "uk buyer opened a dispute, says the lamp looks nothing like our photos", Problem),
        ("en-US", "shipment to jeddah stuck at customs for a week now", Problem),
        ("en-US", "is a CPC required for kids' toys going to the US?", Answered),
        ("en-US", "what's the GST on low value imports into australia?", Answered),
        ("zh-CN", "一箱2公斤的饰品要寄到首尔，怎么发便宜", Logistics),
        ("zh-CN", "有个加拿大客户订了几把椅子，帮我看看走什么物流", Logistics),
        ("zh-CN", "做户外用品的，想卖到欧洲，选哪个平台好", Platform),
        ("zh-CN", "我们厂想做跨境电商，帮我看看准备好了没有", Readiness),
        ("zh-CN", "美国买家说收到的充电宝是坏的，要求退款", Problem),
        ("zh-CN", "发去印尼的货一直没更新物流信息，买家在催", Problem),
        ("zh-CN", "卖化妆品到欧盟要做CPNP吗", Answered),
        ("zh-CN", "锂电池产品空运需要什么文件", Answered),
    ];
}
