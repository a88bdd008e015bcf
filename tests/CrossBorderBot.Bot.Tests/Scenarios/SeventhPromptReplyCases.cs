using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the seventh pass, kept apart from the older sets and measured separately by
/// <see cref="SeventhPromptReplyMeasureTests"/>. Written before the seventh pass changed any behaviour, by imitating how
/// sellers answer a question in chat (approximate amounts, units in words, slang, cities and regions, "don't know",
/// shorthand and typos, mixed languages), not from the slot vocabulary and not reusing earlier sets' wordings; never
/// tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class SeventhPromptReplyCases
{
    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "bout 3 kilos"),
        En(WeightEn, AskWeight, "1200 g give or take"),
        En(DimensionsEn, AskDimensions, "40 by 30 by 10 centimetres"),
        En(DimensionsEn, AskDimensions, "havent measured yet"),
        En(ValueEn, AskValue, "roughly 60 dollars"),
        En(ValueEn, AskValue, "EUR 35"),
        En(DestinationEn, AskDestination, "shipping to toronto"),
        En(DestinationEn, AskDestination, "UAE"),
        En(UrgencyEn, AskUrgency, "urgent, asap pls"),
        En(UrgencyEn, AskUrgency, "no real deadline"),
        En(TrackingEn, AskTracking, "tracking would be nice yes"),
        En(ReturnsEn, AskReturns, "we dont do refunds by return"),
        En(GoodsEn, AskGoods, "theres a lithium battery in each one"),
        En(GoodsEn, AskGoods, "nope just cotton tshirts"),
        En(ModelEn, AskModel, "retail customers online"),
        En(ModelEn, AskModel, "we sell in bulk to distributors"),
        En(MarketsEn, AskMarkets, "us + canada mainly"),
        En(MarketsEn, AskMarkets, "germany, austria and switzerland"),
        En(CategoryEn, AskCategory, "silicone kitchen utensils"),
        En(BudgetEn, AskBudget, "bout 2 grand monthly"),
        En(ExperienceEn, AskExperience, "few months on ebay"),
        En(BrandEn, AskBrand, "yep our brand is registered in the US"),
        En(ProblemEn, AskProblem, "customs in chile is asking for an import license"),
        En(IssueMarketEn, AskIssueMarket, "german marketplace"),
        En(ReadinessEn, AskDifferentiation, "nothing special, generic stuff"),
        En(QualityEn, AskQualityCheck, "a third party inspects before shipping"),

        Zh(WeightZh, AskWeight, "大约三公斤"),
        Zh(WeightZh, AskWeight, "1200克左右"),
        Zh(DimensionsZh, AskDimensions, "长40宽30高10"),
        Zh(DimensionsZh, AskDimensions, "还没量"),
        Zh(ValueZh, AskValue, "六十美元左右"),
        Zh(ValueZh, AskValue, "35欧元"),
        Zh(DestinationZh, AskDestination, "寄多伦多"),
        Zh(DestinationZh, AskDestination, "阿联酋"),
        Zh(UrgencyZh, AskUrgency, "急件，尽快"),
        Zh(UrgencyZh, AskUrgency, "多久到都行"),
        Zh(TrackingZh, AskTracking, "最好能追踪"),
        Zh(ReturnsZh, AskReturns, "不做退货"),
        Zh(GoodsZh, AskGoods, "每个里面都有锂电池"),
        Zh(GoodsZh, AskGoods, "就是纯棉T恤"),
        Zh(ModelZh, AskModel, "零售给网购的个人"),
        Zh(ModelZh, AskModel, "批量卖给代理商"),
        Zh(MarketsZh, AskMarkets, "北美洲为主"),
        Zh(MarketsZh, AskMarkets, "德国、奥地利和瑞士"),
        Zh(CategoryZh, AskCategory, "硅胶厨具"),
        Zh(BudgetZh, AskBudget, "每个月一万左右"),
        Zh(ExperienceZh, AskExperience, "在eBay上卖过几个月"),
        Zh(BrandZh, AskBrand, "有，品牌在美国注册了"),
        Zh(ProblemZh, AskProblem, "智利海关要我们提供进口许可证"),
        Zh(IssueMarketZh, AskIssueMarket, "是德国那边的站点"),
        Zh(ReadinessZh, AskDifferentiation, "没什么特别，都是通用款"),
        Zh(QualityZh, AskQualityCheck, "发货前请第三方验货"),
    ];
}
