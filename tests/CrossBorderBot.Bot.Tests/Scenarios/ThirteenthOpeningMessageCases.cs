using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the thirteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions naming a guide's topic and ones the base
/// cannot answer), or a problem reported (the fix-an-issue guide, past its problem question). Written before the
/// thirteenth pass changed any behaviour, in wording of its own (stories, typos, Slack mentions, several facts, two
/// products or markets, mixed languages); never tuned on.
/// </summary>
public static class ThirteenthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U0SELLER9> what's the cheapest tracked way to get 3kg of towels and bath mats to ireland", Logistics),
        ("en-US", "thinking of selling our handmade jewelry on etsy or amazon handmade, which is better for the us?", Platform),
        ("en-US", "can you check if our company is ready for cross border ecommerce", "(?i)how ready"),
        ("en-US", "fedex says our shipment is held in korea until we pay duties", Problem),
        ("en-US", "the buyer in france says the package never showed up and wants a refund", Problem),
        ("en-US", "do i need a eori number to sell into the eu?", Answered),
        ("en-US", "whats a good recipe for dumplings", Answered),
        ("en-US", "how much vat does a german customer pay on a 40 euro order?", Answered),
        ("zh-CN", "<@U0SELLER9> 三公斤毛巾和浴室垫寄爱尔兰，哪个渠道能追踪又便宜", Logistics),
        ("zh-CN", "手工饰品想在美国卖，etsy还是亚马逊好", Platform),
        ("zh-CN", "看看我们公司现在做跨境电商准备得怎么样", "准备度"),
        ("zh-CN", "联邦快递说寄韩国的货被扣了，要先交关税", Problem),
        ("zh-CN", "法国买家说包裹一直没到，要求退款", Problem),
        ("zh-CN", "往欧盟卖东西需要办EORI号吗", Answered),
        ("zh-CN", "饺子馅怎么调好吃", Answered),
        ("zh-CN", "德国消费者买40欧的东西要付多少增值税", Answered),
    ];
}
