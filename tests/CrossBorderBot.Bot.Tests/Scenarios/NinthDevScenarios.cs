using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The ninth pass's dev scenarios: what the pass tuned on, in wording of its own for each mechanism it changed after the
/// eighth held-out batch (dev material from this pass on) was looked at — a patent as the own-design answer, a
/// trademark still being registered as "no brand yet", "没顾上量" at the size question, a deadline ("by next week",
/// "周末前要到") as a speed, "有速卖通经验" as some experience, a product named "… only" as no batteries or liquids, a
/// delivery "arrived damaged" as a quality problem, a marketplace's country site ("amazon.fr", "ebay.co.uk") as its
/// market, a misspelt product ("furnature") by a one-slip match, and "3 grand" as an amount. Not a measure.
/// </summary>
public static class NinthDevScenarios
{
    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("a-patent-is-an-own-design",
            Say.That("assess our export readiness").Sees(AskDifferentiation),
            Say.That("the shape is patented in three countries").Sees(AskQualityCheck)),
        Zh("a-patent-is-an-own-design-in-chinese",
            Say.That("帮我们评估出海准备度").Sees(AskDifferentiation),
            Say.That("产品有我们的实用新型专利").Sees(AskQualityCheck)),
        En("a-trademark-still-being-registered-is-no-brand-yet",
            Say.That("which platform: b2c, france, shoes, budget 600 usd a month, some experience").Sees(AskBrand),
            Say.That("our trademark is still under review").Sees(PlatformResult)),
        Zh("no-time-to-measure-is-no-size",
            Say.That("帮我选一下物流"), Say.That("2公斤").Sees(AskDimensions),
            Say.That("没顾上量").Sees(AskValue).Never(AskDimensions)),
        En("a-deadline-is-a-speed",
            Say.That("help me choose a carrier"), Say.That("1 kg"), Say.That("skip"), Say.That("30 usd"), Say.That("italy").Sees(AskUrgency),
            Say.That("it should land by the end of this month").Sees(AskTracking).Never(AskUrgency)),
        Zh("a-deadline-is-a-speed-in-chinese",
            Say.That("帮我选一下物流"), Say.That("1公斤"), Say.That("跳过"), Say.That("200元"), Say.That("意大利").Sees(AskUrgency),
            Say.That("周末前要送到").Sees(AskTracking).Never(AskUrgency)),
        Zh("experience-on-a-named-platform",
            Say.That("选平台：B2C，家具，法国，每月2000美元，有速卖通经验，没有品牌").Sees(PlatformResult)
                .Never(AskExperience)),
        En("a-product-only-is-no-battery-or-liquid",
            Say.That("help me choose a carrier"), Say.That("1 kg"), Say.That("skip"), Say.That("30 usd"), Say.That("italy"),
            Say.That("standard"), Say.That("yes"), Say.That("no").Sees(AskGoods),
            Say.That("wooden toys only").Sees(LogisticsResult)),
        Zh("a-product-only-is-no-battery-or-liquid-in-chinese",
            Say.That("帮我选一下物流"), Say.That("1公斤"), Say.That("跳过"), Say.That("200元"), Say.That("意大利"),
            Say.That("标准"), Say.That("要"), Say.That("不用").Sees(AskGoods),
            Say.That("全是棉袜子").Sees(LogisticsResult)),
        En("a-damaged-delivery-is-a-quality-problem",
            Say.That("the mirror we sent to spain came back damaged, the buyer is angry").Sees(BestMatch).Never(AskProblem, AskIssueMarket)),
        En("a-marketplace-country-site-names-the-market",
            Say.That("what platform should we sell on").Sees(AskModel),
            Say.That("b2c").Sees(AskMarkets),
            Say.That("we want to list on amazon.fr").Sees(AskCategory).Never(AskMarkets)),
        Zh("a-marketplace-country-site-names-the-market-in-chinese",
            Say.That("推荐一个平台给我").Sees(AskModel),
            Say.That("B2C").Sees(AskMarkets),
            Say.That("想做ebay.co.uk").Sees(AskCategory).Never(AskMarkets)),
        En("a-misspelt-product-by-one-slip",
            Say.That("what platform should we sell on"), Say.That("b2c"), Say.That("France").Sees(AskCategory),
            Say.That("garden furnature").Sees(AskBudget).Never(AskCategory)),
        En("grand-is-a-thousand-dollars",
            Say.That("what platform should we sell on"), Say.That("b2c"), Say.That("France"), Say.That("shoes").Sees(AskBudget),
            Say.That("3 grand").Sees(AskExperience).Never(AskBudget)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev9-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev9-zh-" + name, "zh-CN", turns);
}
