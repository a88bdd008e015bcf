using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the eleventh pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions the knowledge base cannot answer and
/// questions that name a guide's topic), or a problem reported (the fix-an-issue guide, past its problem question).
/// Written before the eleventh pass changed any behaviour, in wording of its own (typos, Slack mentions, regions, mixed
/// languages, amounts in words, several products or places); never tuned on.
/// </summary>
public static class EleventhOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U0OPS2024> 5 kilos of yoga mats + resistance bands to the netherlands, which courier?", Logistics),
        ("en-US", "is etsy or amazon handmade better for selling candles in the us", Platform),
        ("en-US", "can u score how ready our company is for cross border selling", "(?i)how ready"),
        ("en-US", "buyer in france says half the order is missing from the box", Problem),
        ("en-US", "fedex is holding our shipment in turkey untill we pay duties", Problem),
        ("en-US", "what labels does a parcel with lithium batteries need for air freight?", Answered),
        ("en-US", "whats a good name for my cat", Answered),
        ("en-US", "how much vat do buyers in the nordic countries pay on imports", Answered),
        ("zh-CN", "<@U0OPS2024> 五公斤瑜伽垫加拉力带发荷兰，用哪个快递", Logistics),
        ("zh-CN", "蜡烛在美国卖，etsy好还是亚马逊好", Platform),
        ("zh-CN", "给我们公司做个出海体检打个分", "准备度"),
        ("zh-CN", "法国客人说箱子里少了一半的货", Problem),
        ("zh-CN", "联邦快递说货扣在土耳其，要先交关税才放", Problem),
        ("zh-CN", "带锂电池的包裹空运要贴什么标签", Answered),
        ("zh-CN", "给我家猫起个名字吧", Answered),
        ("zh-CN", "北欧几个国家进口要交多少增值税", Answered),
    ];
}
