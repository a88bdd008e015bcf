using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the fifth pass, kept apart from <see cref="OpeningMessageCases"/> and measured
/// separately by <see cref="FifthOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must
/// follow), a question asked (an answer or an honest "don't know"), or a problem reported (the fix-an-issue guide, past
/// its problem question). Written before the fifth pass changed any behaviour, in wording of its own; never tuned on.
/// </summary>
public static class FifthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "need to get 10 kg of auto parts to a customer in Kenya", Logistics),
        ("en-US", "looking to start selling our bamboo toothbrushes online overseas, which site?", Platform),
        ("en-US", "are we big enough to do cross-border ecommerce? pls evaluate us", "(?i)how ready"),
        ("en-US", "our amazon account got deactivated, help", Problem),
        ("en-US", "parcel to chile has been stuck in customs for 2 weeks", Problem),
        ("en-US", "what's the VAT rate in France for clothing?", Answered),
        ("en-US", "does shopee charge sellers a commission?", Answered),
        ("en-US", "do I pay duty in australia on imports under 1000 AUD?", Answered),
        ("zh-CN", "有20公斤的汽配要发肯尼亚", Logistics),
        ("zh-CN", "竹牙刷想卖到国外，上哪个平台好", Platform),
        ("zh-CN", "帮我们看看够不够条件做跨境电商", "准备度"),
        ("zh-CN", "亚马逊账号被停用了怎么办", Problem),
        ("zh-CN", "寄智利的包裹在海关卡了两周", Problem),
        ("zh-CN", "法国服装增值税多少", Answered),
        ("zh-CN", "Shopee收佣金吗", Answered),
        ("zh-CN", "澳洲进口低于1000澳元要交关税吗", Answered),
    ];
}
