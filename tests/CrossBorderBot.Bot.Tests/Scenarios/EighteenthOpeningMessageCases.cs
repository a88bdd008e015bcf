using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the eighteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions naming a guide's topic and ones the base
/// cannot answer), or a problem reported (the fix-an-issue guide, past its problem question). Written blind before the
/// eighteenth pass changed any behaviour, by a helper that wrote only this set, in wording of its own (stories naming a
/// platform, carrier or market, a Slack mention, cartons, US states and cities, goods the base does not list by name);
/// checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class EighteenthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "got 6 cartons of bamboo cutting boards headed to a store in portland, oregon. what's the best shipping route?", Logistics),
        ("en-US", "<@U77QPLX> we make ceramic aroma diffusers and want to reach buyers in germany and france, which marketplace makes sense", Platform),
        ("en-US", "small family workshop making bakery equipment, do we have what it takes to go international?", "(?i)how ready"),
        ("en-US", "aliexpress froze my payouts saying a toy design broke their ip policy, buyers are mostly in spain", Problem),
        ("en-US", "a parcel to rio has been stuck at customs with 'awaiting payment' for 3 weeks", Problem),
        ("en-US", "does the eu require a ce mark on led candles", Answered),
        ("en-US", "is there still a duty-free allowance for small parcels going into the us", Answered),
        ("en-US", "where can i get the best pizza in naples", Answered),
        ("zh-CN", "三箱竹砧板要发到洛杉矶的超市，每箱15公斤，走什么渠道", Logistics),
        ("zh-CN", "我们做陶瓷香薰机，想卖给德国和法国的消费者，上哪个平台", Platform),
        ("zh-CN", "我们是个十来人的小工厂，想知道现在出海条件够不够", "准备度"),
        ("zh-CN", "速卖通说我们的玩具设计侵权，把货款冻结了", Problem),
        ("zh-CN", "发到巴西的包裹在海关放了三周，说要交税才放行", Problem),
        ("zh-CN", "欧洲卖LED蜡烛灯需要做CE吗", Answered),
        ("zh-CN", "寄美国的小包现在还能免关税吗", Answered),
        ("zh-CN", "明天上海会不会下雨", Answered),
    ];
}
