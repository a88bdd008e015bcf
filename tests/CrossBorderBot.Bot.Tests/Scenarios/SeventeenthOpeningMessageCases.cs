using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the seventeenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions naming a guide's topic and ones the base
/// cannot answer), or a problem reported (the fix-an-issue guide, past its problem question). Written blind before the
/// seventeenth pass changed any behaviour, by a helper that wrote only this set, in wording of its own (stories naming a
/// platform or market, a Slack mention, quantities in cartons, pieces and 半吨, US states and cities, goods the base does
/// not list by name); checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class SeventeenthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "got 3 cartons of yoga mats going to a gym in denver, colorado. cheapest way?", Logistics),
        ("en-US", "<@U09MKT> we make dog beds, thinking of selling them to pet owners in the uk, which site is best", Platform),
        ("en-US", "family-run candle business here, are we ready to start selling internationally?", "(?i)how ready"),
        ("en-US", "etsy put my shop on hold because a buyer in canada claims the necklace was fake", Problem),
        ("en-US", "my parcel to chicago has said 'in transit' for 5 weeks and the buyer wants a refund", Problem),
        ("en-US", "what labels does a kids toy need to be sold in california", Answered),
        ("en-US", "what is the de minimis threshold for imports into australia now", Answered),
        ("en-US", "who will win the next super bowl", Answered),
        ("zh-CN", "半吨左右的陶瓷餐具要发到洛杉矶，有什么好的渠道", Logistics),
        ("zh-CN", "我们做宠物窝和猫爬架，想卖到日本，开在哪个平台好", Platform),
        ("zh-CN", "我们就五六个人的小公司，帮忙看看现在做跨境电商够不够格", "准备度"),
        ("zh-CN", "沃尔玛那边说我们卖的加湿器侵权了，店铺被警告", Problem),
        ("zh-CN", "寄到加拿大的50件卫衣在海关卡了两周，说要补资料", Problem),
        ("zh-CN", "卖到欧洲的充电宝需要哪些认证", Answered),
        ("zh-CN", "寄到新加坡的小包要交消费税吗", Answered),
        ("zh-CN", "下周广州天气怎么样", Answered),
    ];
}
