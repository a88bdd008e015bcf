using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-third pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including ones naming a threshold, a tax or a certificate, and
/// ones the base cannot answer), or a problem reported (the fix-an-issue guide, past its problem question: a damaged
/// item in a dispute, customs holds over a permit or a certificate, a listing removal over a missing certificate).
/// Written blind before the twenty-third pass changed any behaviour, by a helper that wrote only this set and changed no
/// code, in wording of its own (weights in 斤 and "~24 kg all in", a team size in the readiness request); checked by a
/// script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentyThirdOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "we're a small furniture factory in foshan, which marketplace would suit us for selling sofas to australia?", Platform),
        ("en-US", "got 3 cartons of yoga blocks, ~24 kg all in, headed to a gym in Madrid. best way to send?", Logistics),
        ("en-US", "buyer in Ohio says our electric kettle arrived with a cracked base and opened a dispute on amazon", Problem),
        ("en-US", "customs in jakarta is holding our shipment of phone chargers, they want some import permit", Problem),
        ("en-US", "how much VAT is there when a german customer buys a 30 euro item from us?", Answered),
        ("en-US", "can you check if my 3-person team is ready to start selling abroad? we do kitchen gadgets", "(?i)how ready"),
        ("en-US", "does australia still charge GST on parcels under 1000 AUD?", Answered),
        ("en-US", "any idea what the weather's like in shenzhen tomorrow", Answered),
        ("zh-CN", "汽车脚垫厂家，打算卖给美加两国的私家车主，哪个平台合适", Platform),
        ("zh-CN", "一箱蓝牙耳机大概15斤，要寄到新加坡，走什么物流划算", Logistics),
        ("zh-CN", "Temu说我们的儿童玩具缺CPC证书，把商品都下架了", Problem),
        ("zh-CN", "沙特那边海关把我们的柜子扣下了，理由是没有SASO证书", Problem),
        ("zh-CN", "往美国发小件，关税还是全免的吗", Answered),
        ("zh-CN", "我们是三个人的外贸小团队，想评估一下出海的准备程度", "准备度"),
        ("zh-CN", "日本的PSE认证大概要多久能办下来", Answered),
        ("zh-CN", "今晚吃点什么好呢", Answered),
    ];
}
