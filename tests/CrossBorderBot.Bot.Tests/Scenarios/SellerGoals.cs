using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Ten sellers' goals, five in English and five in Chinese, typed naturally. Written after the first round of the
/// conversation work and never tuned on; run against the code from before that work, 3 of the 10 were met.
/// </summary>
public static class SellerGoals
{
    public static IReadOnlyList<ConversationGoal> All { get; } =
    [
        new("en-speaker-maker-picks-a-marketplace", "en-US",
            "we make bluetooth speakers and want to sell to consumers in europe, which marketplace suits us?", PlatformResult,
            [(AskModel, "retail"), (AskMarkets, "EU"), (AskCategory, "speakers"), (AskBudget, "maybe 500 dollars monthly"),
             (AskExperience, "not much, we tried amazon once"), (AskBrand, "yes we own a brand")]),
        new("en-sneakers-to-canada", "en-US",
            "how should I send 3 pairs of sneakers (2.4 kg) to a buyer in Canada? value about 90 usd", LogisticsResult,
            [(AskWeight, "2.4 kg"), (AskDestination, "Canada"), (AskValue, "90 usd"), (AskDimensions, "no clue"), (AskUrgency, "cheapest is ok"),
             (AskTracking, "yep"), (AskReturns, "no thanks"), (AskGoods, "nope")]),
        new("en-shipment-stuck-in-saudi", "en-US",
            "our shipment to Saudi is stuck at customs, what now?", BestMatch,
            [(AskProblem, "customs is holding it"), (AskIssueMarket, "Saudi Arabia")]),
        new("en-uk-vat-question", "en-US",
            "what's the VAT rate when selling into the UK?", Answered, []),
        new("en-power-banks-to-germany", "en-US",
            "need to ship lithium power banks to Germany, 1 kg each, 40 euro value, which carrier?", LogisticsResult,
            [(AskDimensions, "skip"), (AskUrgency, "standard please"), (AskTracking, "yes"), (AskReturns, "no"),
             (AskWeight, "1 kg"), (AskValue, "40 euro"), (AskDestination, "Germany")]),
        new("zh-womenswear-factory-picks-a-platform", "zh-CN",
            "我们是做女装的工厂，想卖给国外的个人消费者，主要是美国，应该上哪个平台？", PlatformResult,
            [(AskModel, "个人消费者"), (AskMarkets, "美国"), (AskCategory, "女装"), (AskBudget, "一个月一万左右"), (AskExperience, "做过一年亚马逊"), (AskBrand, "还没有")]),
        new("zh-samples-to-japan", "zh-CN",
            "要寄一箱样品去日本，大概5公斤，货值800元，怎么发最划算", LogisticsResult,
            [(AskWeight, "5公斤"), (AskValue, "800元"), (AskDestination, "日本"), (AskDimensions, "40*40*30"), (AskUrgency, "便宜为主"),
             (AskTracking, "要"), (AskReturns, "不用"), (AskGoods, "没有")]),
        new("zh-listing-removed-for-infringement", "zh-CN",
            "亚马逊说我们的产品侵权，把listing下架了，怎么办", BestMatch,
            [(AskProblem, "侵权投诉"), (AskIssueMarket, "美国")]),
        new("zh-uk-vat-question", "zh-CN",
            "英国的增值税标准税率是多少？", Answered, []),
        new("zh-homeware-to-southeast-asia", "zh-CN",
            "我想把家居用品卖到东南亚，B2C，预算每月3000元，新手，没有品牌，选什么平台", PlatformResult,
            [(AskModel, "B2C"), (AskMarkets, "东南亚"), (AskCategory, "家居用品"), (AskBudget, "3000元"), (AskExperience, "新手"), (AskBrand, "没有")]),
    ];
}
