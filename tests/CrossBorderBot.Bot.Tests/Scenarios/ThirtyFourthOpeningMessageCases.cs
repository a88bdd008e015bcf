using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the thirty-fourth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "thirtyFourth" row of <see cref="HeldOutParts"/>): a task stated (the
/// guide's first open question must follow), a question asked (an answer or an honest "don't know"), or a problem reported
/// (the fix-an-issue guide, past its problem question). Written blind before this pass (session 35) changed any behaviour,
/// by a helper that wrote only this set and changed no code. Like the thirty-fourth scenarios it is REPRESENTATIVE, not a
/// stress test: the first messages typical small exporters send, in proportion (shipping a parcel, choosing a platform, a
/// readiness check, a problem on an order, a listing or an account, a compliance or tax question), typed naturally; checked
/// by a script against earlier sets and corpora (see <see cref="ThirtyFourthHeldOutScenarios"/>); never tuned on.
/// </summary>
public static class ThirtyFourthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "have 2 kg of silk scarves for a customer in london, what's the cheapest way", Logistics),
        ("en-US", "we have 4 pallets of office chairs for a buyer in sydney, how to ship them", Logistics),
        ("en-US", "i sell handmade candles, which platform would work for selling in germany", Platform),
        ("en-US", "small electronics trading firm with 3 staff, how ready are we to run an online store abroad?", Readiness),
        ("en-US", "ebay germany says my listing lacks GPSR info and blocked it", Problem),
        ("en-US", "our parcel to brazil is held at customs, 2 weeks now", Problem),
        ("en-US", "do power banks need UN38.3 to be shipped by air?", Answered),
        ("en-US", "do small parcels into the US still get in duty-free", Answered),
        ("zh-CN", "有两公斤陶瓷杯要寄法国巴黎，怎么寄便宜", Logistics),
        ("zh-CN", "一百公斤的汽车配件要发到墨西哥城，走什么物流", Logistics),
        ("zh-CN", "我们工厂做户外帐篷，想卖到美国，上哪个平台合适", Platform),
        ("zh-CN", "我们外贸公司十个人，打算做跨境电商，请帮忙看看准备度", Readiness),
        ("zh-CN", "Shopee马来西亚站把我的店封了", Problem),
        ("zh-CN", "日本客户说收到的杯子和图片上不一样，要退款", Problem),
        ("zh-CN", "儿童玩具进美国市场需要CPC吗", Answered),
        ("zh-CN", "欧盟GPSR是哪天开始执行的", Answered),
    ];
}
