using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the thirtieth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "thirtieth" row of <see cref="HeldOutParts"/>): a task stated (the
/// guide's first open question must follow), a question asked (an answer or an honest "don't know"), or a problem reported
/// (the fix-an-issue guide, past its problem question). Written blind before this pass (session 31) changed any behaviour,
/// by a helper that wrote only this set and changed no code. Like the thirtieth scenarios it is REPRESENTATIVE, not a
/// stress test: the first messages typical small exporters send, in proportion (shipping a parcel, choosing a platform, a
/// readiness check, a problem on an order, a listing or an account, a compliance or tax question), typed naturally and
/// drawing on the kinds earlier sets covered, none stressed; checked by a script against earlier sets and corpora; never
/// tuned on.
/// </summary>
public static class ThirtiethOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "quote me shipping for a 3kg box of silk scarves to toronto", Logistics),
        ("en-US", "need to get two wool rugs, 9 kg together, over to a buyer in madrid", Logistics),
        ("en-US", "small bamboo toothbrush brand here, which marketplace fits us for the uk", Platform),
        ("en-US", "can you tell me if our 10-person garment workshop is ready to sell overseas online", Readiness),
        ("en-US", "ebay uk removed 30 of our listings for missing manufacturer contact details", Problem),
        ("en-US", "our shopee malaysia payout is frozen after a buyer reported a fake product", Problem),
        ("en-US", "which certificate do bluetooth headphones need for the japanese market?", Answered),
        ("en-US", "how does the EU IOSS scheme work for orders under 150 euro?", Answered),
        ("zh-CN", "三十公斤的LED灯条要发到迪拜，空运还是海运好", Logistics),
        ("zh-CN", "有个巴西客户要五双拖鞋的样品，一公斤多，怎么寄", Logistics),
        ("zh-CN", "做卫衣T恤的，想卖到日本，推荐个平台", Platform),
        ("zh-CN", "家里开了个小五金厂，跨境电商能不能做，帮忙打个分", Readiness),
        ("zh-CN", "德国亚马逊那边通知，说我们卖的收纳架侵了别人的外观专利", Problem),
        ("zh-CN", "美国客户收到的椅子少了两个螺丝，开了纠纷要退款", Problem),
        ("zh-CN", "卖到英国的电子产品要UKCA还是CE", Answered),
        ("zh-CN", "现在从中国寄到墨西哥的小包裹要收多少税", Answered),
    ];
}
