using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the ninth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written before the ninth pass changed any behaviour, by imitating how
/// sellers answer a question in chat (amounts and weights in words and shorthand, typos, marketplace domains, "both"
/// customer types, "not sure", cities, mixed languages), not from the slot vocabulary and not reusing earlier sets'
/// wordings; never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class NinthPromptReplyCases
{
    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly a kilo and a half"),
        En(WeightEn, AskWeight, "like 700g"),
        En(DimensionsEn, AskDimensions, "its a shoebox size, 33x20x12"),
        En(DimensionsEn, AskDimensions, "havent measured yet sorry"),
        En(ValueEn, AskValue, "maybe 2k"),
        En(ValueEn, AskValue, "sixty euros or so"),
        En(DestinationEn, AskDestination, "customer is in toronto"),
        En(DestinationEn, AskDestination, "goes to dubai"),
        En(UrgencyEn, AskUrgency, "no hurry at all"),
        En(UrgencyEn, AskUrgency, "asap, customer is waiting"),
        En(TrackingEn, AskTracking, "must have tracking"),
        En(TrackingEn, AskTracking, "not needed, its cheap stuff"),
        En(ReturnsEn, AskReturns, "we dont accept returns"),
        En(ReturnsEn, AskReturns, "yep they can send it back"),
        En(GoodsEn, AskGoods, "theres a lithium battery inside"),
        En(GoodsEn, AskGoods, "nope, just fabric"),
        En(ModelEn, AskModel, "retail customers"),
        En(ModelEn, AskModel, "we sell to both shops and individuals"),
        En(MarketsEn, AskMarkets, "amazon.de buyers"),
        En(MarketsEn, AskMarkets, "uk and ireland"),
        En(CategoryEn, AskCategory, "jewelery and watches"),
        En(CategoryEn, AskCategory, "womens sneakers"),
        En(BudgetEn, AskBudget, "2 grand"),
        En(BudgetEn, AskBudget, "under 500 bucks a month"),
        En(ExperienceEn, AskExperience, "zero, first time"),
        En(BrandEn, AskBrand, "yes, registered in the EU"),
        En(ProblemEn, AskProblem, "customs is holding our shipment"),
        En(IssueMarketEn, AskIssueMarket, "its in mexico"),
        En(QualityEn, AskQualityCheck, "third party inspection on each order"),

        Zh(WeightZh, AskWeight, "一公斤半左右"),
        Zh(WeightZh, AskWeight, "大概七百克"),
        Zh(DimensionsZh, AskDimensions, "鞋盒那么大，33*20*12"),
        Zh(DimensionsZh, AskDimensions, "还没量尺寸"),
        Zh(ValueZh, AskValue, "两千出头"),
        Zh(ValueZh, AskValue, "六十欧左右"),
        Zh(DestinationZh, AskDestination, "客户在多伦多"),
        Zh(DestinationZh, AskDestination, "发迪拜"),
        Zh(UrgencyZh, AskUrgency, "一点都不急"),
        Zh(UrgencyZh, AskUrgency, "客户等着要，越快越好"),
        Zh(TrackingZh, AskTracking, "必须能追踪"),
        Zh(TrackingZh, AskTracking, "不用了，东西便宜"),
        Zh(ReturnsZh, AskReturns, "我们不接受退货"),
        Zh(ReturnsZh, AskReturns, "可以寄回来"),
        Zh(GoodsZh, AskGoods, "里面有锂电池"),
        Zh(GoodsZh, AskGoods, "没有，就是布料"),
        Zh(ModelZh, AskModel, "零售客户"),
        Zh(ModelZh, AskModel, "店铺和个人都卖"),
        Zh(MarketsZh, AskMarkets, "amazon.co.jp的买家"),
        Zh(MarketsZh, AskMarkets, "英国和爱尔兰"),
        Zh(CategoryZh, AskCategory, "手表首饰"),
        Zh(CategoryZh, AskCategory, "女士运动鞋"),
        Zh(BudgetZh, AskBudget, "两万左右吧"),
        Zh(BudgetZh, AskBudget, "每月不超过五百美金"),
        Zh(ExperienceZh, AskExperience, "零经验，第一次做"),
        Zh(BrandZh, AskBrand, "有，在欧盟注册了"),
        Zh(ProblemZh, AskProblem, "海关扣了我们的货"),
        Zh(IssueMarketZh, AskIssueMarket, "在墨西哥"),
        Zh(QualityZh, AskQualityCheck, "每单都请第三方验货"),
    ];
}
