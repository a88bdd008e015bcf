using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-seventh pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "twentySeventh" row of <see cref="HeldOutParts"/>): a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know"), or a problem reported (the fix-an-issue guide, past its problem
/// question). Written blind before this pass (session 28) changed any behaviour, by a helper that wrote only this set and
/// changed no code. Like the twenty-seventh scenarios it is REPRESENTATIVE, not a stress test: the first messages typical
/// small exporters send, in proportion (shipping a parcel, choosing a platform, a readiness check, a problem on an order
/// or a listing, a compliance or tax question), typed naturally and drawing on the kinds earlier sets covered, none
/// stressed; checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentySeventhOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "got to send 3kg of yoga pants to a buyer in lyon, cheapest way?", Logistics),
        ("en-US", "200 kg of ceramic vases need to get to sydney, how should we ship", Logistics),
        ("en-US", "we sell camping gear, which platform works best for selling in germany?", Platform),
        ("en-US", "small garment factory here, how prepared are we to start exporting online?", Readiness),
        ("en-US", "our parcel to dallas shows delivered but the buyer swears it never arrived", Problem),
        ("en-US", "amazon UK took down our toy listing, they say we need a UKCA mark", Problem),
        ("en-US", "is IOSS registration a must when selling to EU consumers?", Answered),
        ("en-US", "sea freight shenzhen to hamburg, roughly how many days?", Answered),
        ("zh-CN", "有一箱5公斤的衣服要发到巴黎，走什么快递好", Logistics),
        ("zh-CN", "义乌发一批文具到迪拜，帮我算算物流", Logistics),
        ("zh-CN", "我们卖瑜伽服，想做美国市场，用哪个平台好", Platform),
        ("zh-CN", "小工厂想出海，先评估下我们的准备程度", Readiness),
        ("zh-CN", "英国买家投诉收到的台灯是坏的", Problem),
        ("zh-CN", "寄沙特的包裹海关已经扣了十天还不放", Problem),
        ("zh-CN", "锂电池产品卖到欧盟需要遵守什么新规", Answered),
        ("zh-CN", "澳洲买家收到低价值包裹要交GST吗", Answered),
    ];
}
