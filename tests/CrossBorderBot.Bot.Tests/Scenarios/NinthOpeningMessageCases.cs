using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the ninth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions the knowledge base cannot answer and
/// questions that name a guide's topic), or a problem reported (the fix-an-issue guide, past its problem question).
/// Written before the ninth pass changed any behaviour, in wording of its own (typos, Slack mentions, marketplace
/// domains, mixed languages); never tuned on.
/// </summary>
public static class NinthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U0ABC1234> 2 kilos of dog toys need to get to a buyer in finland, cheapest way?", Logistics),
        ("en-US", "we make bamboo toothbrushes, is amazon.com or etsy better for us?", Platform),
        ("en-US", "how prepared are we to sell overseas, can you rate us", "(?i)how ready"),
        ("en-US", "our ebay.co.uk listings were all removed yesterday", Problem),
        ("en-US", "ups says the package to chile is held until we pay import duties", Problem),
        ("en-US", "do i need an EORI number to sell to the EU?", Answered),
        ("en-US", "what will the bitcoin price be at christmas?", Answered),
        ("en-US", "wats the max weight for a lithium battery in airmail", Answered),
        ("zh-CN", "<@U0ABC1234> 两公斤狗玩具要寄给芬兰的买家，怎么寄最便宜", Logistics),
        ("zh-CN", "我们做竹牙刷，amazon.com和etsy哪个更适合", Platform),
        ("zh-CN", "我们准备好卖到海外了吗，帮忙评个分", "准备度"),
        ("zh-CN", "ebay.co.uk上的商品昨天全被下架了", Problem),
        ("zh-CN", "UPS说寄到智利的包裹要先交进口关税才放行", Problem),
        ("zh-CN", "卖到欧盟需要EORI号码吗", Answered),
        ("zh-CN", "圣诞节比特币会涨到多少", Answered),
        ("zh-CN", "空运锂电池最多能寄多重", Answered),
    ];
}
