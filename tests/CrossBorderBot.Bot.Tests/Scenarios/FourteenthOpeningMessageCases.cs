using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the fourteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions naming a guide's topic and ones the base
/// cannot answer), or a problem reported (the fix-an-issue guide, past its problem question). Written before the
/// fourteenth pass changed any behaviour, in wording of its own (stories, typos, Slack mentions, several facts, amounts
/// in words, mixed languages); never tuned on.
/// </summary>
public static class FourteenthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U07TRADE2> how much to courier two kilos of candles to new york, tracked", Logistics),
        ("en-US", "we make beeswax food wraps, hoping to reach european households, which sites should carry them", Platform),
        ("en-US", "hi! how export-ready would you say a 5 person workshop like ours is? can you check", "(?i)how ready"),
        ("en-US", "ups returned our box from the uae saying the paperwork was incomplete, what now", Problem),
        ("en-US", "our shopee malaysia store got a warning for selling fake branded goods but they are genuine", Problem),
        ("en-US", "DDP vs DAP - which one makes sense for a tiny seller like me?", Answered),
        ("en-US", "where should i take the kids this weekend", Answered),
        ("en-US", "will singapore charge tax on a cheap little parcel?", Answered),
        ("zh-CN", "<@U07TRADE2> 两公斤蜡烛快递到纽约多少钱，要能追踪", Logistics),
        ("zh-CN", "我们工厂生产蜂蜡保鲜布，打算面向欧洲家庭零售，挂在哪些网站上比较好", Platform),
        ("zh-CN", "我们是个五个人的小作坊，出海的底子行不行，帮忙测一测", "准备度"),
        ("zh-CN", "UPS把寄阿联酋的箱子退回来了，说单证不全，现在怎么办", Problem),
        ("zh-CN", "shopee马来西亚站说我们卖假货给了警告，可我们是正品", Problem),
        ("zh-CN", "DDP和DAP对我这种小卖家来说选哪种", Answered),
        ("zh-CN", "这个周末带孩子去哪儿玩", Answered),
        ("zh-CN", "几十块钱的小包裹进新加坡会被收税吗", Answered),
    ];
}
