using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the thirty-fifth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "thirtyFifth" row of <see cref="HeldOutParts"/>): a task stated (the
/// guide's first open question must follow), a question asked (an answer or an honest "don't know"), or a problem reported
/// (the fix-an-issue guide, past its problem question). Written blind before this pass (session 36) changed any behaviour,
/// by a helper that wrote only this set and changed no code. Like the thirty-fifth scenarios it is REPRESENTATIVE, not a
/// stress test: the first messages typical small exporters send, in proportion (shipping a parcel, choosing a platform, a
/// readiness check, a problem on an order, a listing or an account, a compliance or tax question), typed naturally; checked
/// by a script against earlier sets and corpora (see <see cref="ThirtyFifthHeldOutScenarios"/>); never tuned on.
/// </summary>
public static class ThirtyFifthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "how should i send 5 kg of ceramic planters to a customer in vancouver", Logistics),
        ("en-US", "got a pallet of led panels going to a distributor in warsaw, which shipping option", Logistics),
        ("en-US", "wenzhou shoe factory, where should we list our shoes to sell to british customers?", Platform),
        ("en-US", "we are a 5-person trading company, could you rate our readiness for selling online overseas", Readiness),
        ("en-US", "walmart deactivated our seller account yesterday, no explanation", Problem),
        ("en-US", "a buyer in italy says the lamp came broken and wants his money back", Problem),
        ("en-US", "is there still a de minimis for parcels going to canada?", Answered),
        ("en-US", "what's the UK VAT rate on kids clothes", Answered),
        ("zh-CN", "三公斤的茶叶样品寄到迪拜，走哪个渠道好", Logistics),
        ("zh-CN", "有一托盘五金工具要发去悉尼的客户那里，怎么走划算", Logistics),
        ("zh-CN", "小工厂，产品是瑜伽服，目标德国市场，该上哪个平台", Platform),
        ("zh-CN", "我们团队六个人，想做跨境电商，帮忙打个准备度的分", Readiness),
        ("zh-CN", "亚马逊英国站说我们有款台灯跟别人的外观专利撞了，要下架", Problem),
        ("zh-CN", "寄到巴西的货被海关退回来了", Problem),
        ("zh-CN", "蓝牙音箱在欧盟上架，哪些证书是必须的", Answered),
        ("zh-CN", "现在从中国发货去墨西哥，额外关税是多少", Answered),
    ];
}
