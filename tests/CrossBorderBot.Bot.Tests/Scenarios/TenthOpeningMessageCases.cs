using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the tenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions the knowledge base cannot answer and
/// questions that name a guide's topic), or a problem reported (the fix-an-issue guide, past its problem question).
/// Written before the tenth pass changed any behaviour, in wording of its own (typos, Slack mentions, regions, mixed
/// languages, amounts in words); never tuned on.
/// </summary>
public static class TenthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U0HELPER77> got a 4kg box of kitchen knives going to denmark, what carrier?", Logistics),
        ("en-US", "we sell handmade soap, should we be on shopee or lazada for southeast asia", Platform),
        ("en-US", "r we ready for exporting? pls evaluate", "(?i)how ready"),
        ("en-US", "the buyer in italy opened a dispute saying the shoes are fake", Problem),
        ("en-US", "dhl sent the parcel back from korea, says address wrong", Problem),
        ("en-US", "what documents do customs in canada want for a commercial shipment?", Answered),
        ("en-US", "can you recommend a good restaurant in guangzhou?", Answered),
        ("en-US", "is there a max value for duty free parcels into australia", Answered),
        ("zh-CN", "<@U0HELPER77> 一箱四公斤的菜刀要发丹麦，走哪家快递", Logistics),
        ("zh-CN", "我们做手工皂，想做东南亚，shopee和lazada哪个好", Platform),
        ("zh-CN", "帮我们打个分，看看能不能做外贸了", "准备度"),
        ("zh-CN", "意大利买家开了纠纷，说鞋子是假的", Problem),
        ("zh-CN", "DHL把寄韩国的件退回来了，说地址不对", Problem),
        ("zh-CN", "加拿大海关对商业货物要哪些单证", Answered),
        ("zh-CN", "广州有什么好吃的餐厅推荐", Answered),
        ("zh-CN", "寄澳洲的包裹货值多少以内免税", Answered),
    ];
}
