using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the nineteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including questions naming a guide's topic and ones the base
/// cannot answer), or a problem reported (the fix-an-issue guide, past its problem question). Written blind before the
/// nineteenth pass changed any behaviour, by a helper that wrote only this set, in wording of its own (products named in
/// the seller's own words, stories naming a platform or market, a Slack mention, boxes, US states and cities); checked
/// by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class NineteenthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "we sew pet bandanas and cooling mats, which marketplace would get us to buyers in the uk?", Platform),
        ("en-US", "3 boxes of bamboo toothbrushes need to get to a shop in miami, 7 kg each, cheapest way?", Logistics),
        ("en-US", "<@U09KQT1> ebay uk put my account on hold because of unpaid vat, what now", Problem),
        ("en-US", "buyer in brisbane says the blender we sent looks nothing like the listing photos", Problem),
        ("en-US", "does a power bank need a un38.3 report to fly to europe?", Answered),
        ("en-US", "are we big enough to start selling overseas? 8 staff, we make garden tools", "(?i)how ready"),
        ("en-US", "what's the vat rate on clothing in poland", Answered),
        ("en-US", "which team won the 2022 world cup final", Answered),
        ("zh-CN", "毽子和空竹这类手工玩意儿，要进欧洲市场，选什么平台好", Platform),
        ("zh-CN", "两箱桌游要发到纽约，一箱8公斤，怎么寄", Logistics),
        ("zh-CN", "Temu美国站说我们的儿童水杯缺CPC证书，商品被下架了", Problem),
        ("zh-CN", "寄到沙特的包裹显示清关失败，被退回来了", Problem),
        ("zh-CN", "日本卖电吹风要过PSE吗", Answered),
        ("zh-CN", "我们厂二十多人，做五金工具，现在适合做跨境吗", "准备度"),
        ("zh-CN", "英国的增值税现在是多少", Answered),
        ("zh-CN", "今天人民币兑日元汇率多少", Answered),
    ];
}
