using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the eighth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions the knowledge base cannot answer and
/// questions that name a guide's topic), or a problem reported (the fix-an-issue guide, past its problem question).
/// Written before the eighth pass changed any behaviour, in wording of its own (shorthand, Slack mentions, mixed
/// languages); never tuned on.
/// </summary>
public static class EighthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "<@U0XYZ7788> got 5kg of yoga mats going to a customer in sweden, whats the best way", Logistics),
        ("en-US", "we make leather wallets, where should we list them to reach buyers abroad?", Platform),
        ("en-US", "can you score our readiness to go global", "(?i)how ready"),
        ("en-US", "our walmart seller account got suspended out of nowhere", Problem),
        ("en-US", "dhl wants us to pay duties on a parcel stuck in turkey", Problem),
        ("en-US", "does the EU require a responsible person for toys?", Answered),
        ("en-US", "who won the football world cup in 2010?", Answered),
        ("en-US", "is shipping lithium batteries by sea cheaper than by air?", Answered),
        ("zh-CN", "<@U0XYZ7788> 5公斤瑜伽垫要寄给瑞典的客户，怎么寄最好", Logistics),
        ("zh-CN", "我们做真皮钱包，想卖到国外，上哪个平台好", Platform),
        ("zh-CN", "给我们的出海准备度打个分吧", "准备度"),
        ("zh-CN", "沃尔玛店铺突然被停用了", Problem),
        ("zh-CN", "DHL说包裹卡在土耳其，要我们交关税", Problem),
        ("zh-CN", "欧盟卖玩具需要欧代吗", Answered),
        ("zh-CN", "2010年世界杯冠军是谁", Answered),
        ("zh-CN", "锂电池走海运比空运便宜吗", Answered),
    ];
}
