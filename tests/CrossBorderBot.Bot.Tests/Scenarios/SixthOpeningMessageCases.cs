using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the sixth pass, kept apart from <see cref="OpeningMessageCases"/> and
/// <see cref="FifthOpeningMessageCases"/> and measured separately by <see cref="SixthOpeningMessageMeasureTests"/>: a
/// task stated (the guide's first open question must follow), a question asked (an answer or an honest "don't know",
/// including questions the knowledge base cannot answer), or a problem reported (the fix-an-issue guide, past its
/// problem question). Written before the sixth pass changed any behaviour, in wording of its own; never tuned on.
/// </summary>
public static class SixthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "we make kitchen knives and want to ship samples to a buyer in poland, 2kg", Logistics),
        ("en-US", "which online marketplace is best for selling furniture to europe", Platform),
        ("en-US", "can you assess if our factory is ready for ecommerce export", "(?i)how ready"),
        ("en-US", "customer in spain says the blender we sent doesnt work and wants money back", Problem),
        ("en-US", "we got a notice that our listing violates someone's patent in the US", Problem),
        ("en-US", "what is the de minimis threshold for the UK?", Answered),
        ("en-US", "how long does sea freight to the US west coast take?", Answered),
        ("en-US", "what's the phone number of the customs office in Rotterdam?", Answered),
        ("zh-CN", "有5公斤的陶瓷要寄去波兰", Logistics),
        ("zh-CN", "家具想卖去欧洲，哪个平台好", Platform),
        ("zh-CN", "我们工厂能做跨境电商吗？帮评估下", "准备度"),
        ("zh-CN", "西班牙买家说搅拌机坏了要退款", Problem),
        ("zh-CN", "美国那边说我们侵犯了别人的专利", Problem),
        ("zh-CN", "英国的免税额是多少", Answered),
        ("zh-CN", "海运到美西要多久", Answered),
        ("zh-CN", "鹿特丹海关的电话是多少", Answered),
    ];
}
