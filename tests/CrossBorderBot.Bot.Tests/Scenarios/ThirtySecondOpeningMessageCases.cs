using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the thirty-second pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "thirtySecond" row of <see cref="HeldOutParts"/>): a task stated (the
/// guide's first open question must follow), a question asked (an answer or an honest "don't know"), or a problem reported
/// (the fix-an-issue guide, past its problem question). Written blind before this pass (session 33) changed any behaviour,
/// by a helper that wrote only this set and changed no code. Like the thirty-second scenarios it is REPRESENTATIVE, not a
/// stress test: the first messages typical small exporters send, in proportion (shipping a parcel, choosing a platform, a
/// readiness check, a problem on an order, a listing or an account, a compliance or tax question), typed naturally; checked
/// by a script against earlier sets and corpora (see <see cref="ThirtySecondHeldOutScenarios"/>); never tuned on.
/// </summary>
public static class ThirtySecondOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "cheapest option for 2 kg of silk scarves going to a buyer in paris?", Logistics),
        ("en-US", "need to send a pallet of garden hoses to our importer in rotterdam", Logistics),
        ("en-US", "hoodie factory in hangzhou here — what marketplace suits us for selling in the US?", Platform),
        ("en-US", "solo etsy seller of resin jewelry, how ready am i to expand into more countries?", Readiness),
        ("en-US", "ebay suspended my account out of nowhere, no reason given", Problem),
        ("en-US", "buyer in texas says the blender we sent doesn't match the photos", Problem),
        ("en-US", "is a UKCA mark required for phone chargers sold in the UK?", Answered),
        ("en-US", "what's the VAT rate for clothing sold to buyers in germany", Answered),
        ("zh-CN", "2公斤蓝牙耳机发新加坡，哪个渠道合适", Logistics),
        ("zh-CN", "有一批灯具要海运到沙特吉达，大概三百公斤", Logistics),
        ("zh-CN", "我们做厨房小家电的，想进日本市场，选哪个平台", Platform),
        ("zh-CN", "三个人的小团队卖汽车配件，评估下我们做跨境准备好了没", Readiness),
        ("zh-CN", "Shopee泰国店被限流，平台说我们重复铺货", Problem),
        ("zh-CN", "有个美国客户讲包裹到手是空的，要求退款", Problem),
        ("zh-CN", "儿童玩具卖美国，CPC认证必须做吗", Answered),
        ("zh-CN", "寄到英国的包裹低于135英镑怎么交增值税", Answered),
    ];
}
