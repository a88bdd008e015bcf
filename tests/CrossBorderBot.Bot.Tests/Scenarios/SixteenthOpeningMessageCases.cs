using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the sixteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions naming a guide's topic and ones the base
/// cannot answer), or a problem reported (the fix-an-issue guide, past its problem question). Written blind before the
/// sixteenth pass changed any behaviour, by a helper that wrote only this set, in wording of its own (stories naming a
/// platform or market, Slack mentions, several facts, a city for a country); checked by a script against earlier sets
/// and corpora; never tuned on.
/// </summary>
public static class SixteenthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U04SELLER> whats the cheapest way to get a 6kg carton of pillows to ireland", Logistics),
        ("en-US", "looking to sell our bamboo cutting boards to german households, which marketplace?", Platform),
        ("en-US", "is our small garment factory in a position to start exporting online? pls assess", "(?i)how ready"),
        ("en-US", "shopee ph buyer claims the blender arrived cracked and opened a dispute", Problem),
        ("en-US", "korean customs want a personal customs code before they release my parcel", Problem),
        ("en-US", "do i need ukca or is ce still ok for selling electronics in britain", Answered),
        ("en-US", "which country won the 2022 world cup", Answered),
        ("en-US", "how long does sea freight from shenzhen to rotterdam usually take", Answered),
        ("zh-CN", "<@U0BOT22> 两公斤的保温杯发澳洲用哪个渠道", Logistics),
        ("zh-CN", "我们做婴儿服装，想卖到东南亚，哪个平台适合", Platform),
        ("zh-CN", "想请你看看我们这家小公司现在适不适合开始做出口电商", "准备度"),
        ("zh-CN", "Temu说我们的玩具没有CPC证书，把商品下架了", Problem),
        ("zh-CN", "发往印尼的货被退回来了，说是申报不对", Problem),
        ("zh-CN", "欧盟现在寄小包裹是不是也要交关税了", Answered),
        ("zh-CN", "墨西哥对中国产品加征的关税是多少", Answered),
        ("zh-CN", "今天A股行情怎么样", Answered),
    ];
}
