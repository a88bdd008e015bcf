using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the tenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written before the tenth pass changed any behaviour, by imitating how
/// sellers answer a question in chat (amounts and weights in words and shorthand, typos, regions, "both" customer types
/// in an order, "no idea", cities, mixed languages), not from the slot vocabulary and not reusing earlier sets'
/// wordings; never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class TenthPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "we check every piece"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "每件都检查"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "about three hundred grams"),
        En(WeightEn, AskWeight, "2 kilo or so"),
        En(DimensionsEn, AskDimensions, "approx 25 x 18 x 8cm"),
        En(DimensionsEn, AskDimensions, "no clue about the size"),
        En(ValueEn, AskValue, "a hundred and twenty dollars"),
        En(ValueEn, AskValue, "15 quid"),
        En(DestinationEn, AskDestination, "buyer lives in oslo"),
        En(DestinationEn, AskDestination, "to the nordic countries"),
        En(UrgencyEn, AskUrgency, "slow is fine if its cheaper"),
        En(UrgencyEn, AskUrgency, "needs to be there in 3 days"),
        En(TrackingEn, AskTracking, "yeah id like to track it"),
        En(TrackingEn, AskTracking, "nah dont care"),
        En(ReturnsEn, AskReturns, "returns are allowed"),
        En(ReturnsEn, AskReturns, "no, final sale"),
        En(GoodsEn, AskGoods, "it has a small button cell battery"),
        En(GoodsEn, AskGoods, "there is perfume in it"),
        En(ModelEn, AskModel, "individual shoppers"),
        En(ModelEn, AskModel, "both but mostly b2b"),
        En(MarketsEn, AskMarkets, "southeast asia"),
        En(MarketsEn, AskMarkets, "spain portugal and italy"),
        En(CategoryEn, AskCategory, "handmade leather wallets"),
        En(CategoryEn, AskCategory, "led lights"),
        En(BudgetEn, AskBudget, "five hundred dollars"),
        En(BudgetEn, AskBudget, "like 1k per month"),
        En(ExperienceEn, AskExperience, "been selling on etsy for 3 yrs"),
        En(BrandEn, AskBrand, "nope, white label"),
        En(ProblemEn, AskProblem, "buyer says the item never arrived"),
        En(IssueMarketEn, AskIssueMarket, "it is the german market"),
        En(CertificatesEn, AskCertificates, "CE on all items"),

        Zh(WeightZh, AskWeight, "三百克左右"),
        Zh(WeightZh, AskWeight, "两公斤多一点"),
        Zh(DimensionsZh, AskDimensions, "大约25x18x8厘米"),
        Zh(DimensionsZh, AskDimensions, "尺寸不清楚"),
        Zh(ValueZh, AskValue, "一百二十美元"),
        Zh(ValueZh, AskValue, "八百块人民币"),
        Zh(DestinationZh, AskDestination, "买家住在奥斯陆"),
        Zh(DestinationZh, AskDestination, "发北欧几个国家"),
        Zh(UrgencyZh, AskUrgency, "慢点没关系，便宜就行"),
        Zh(UrgencyZh, AskUrgency, "三天内要到"),
        Zh(TrackingZh, AskTracking, "想要能查到物流的"),
        Zh(TrackingZh, AskTracking, "随便吧，都行"),
        Zh(ReturnsZh, AskReturns, "允许退货"),
        Zh(ReturnsZh, AskReturns, "不退不换"),
        Zh(GoodsZh, AskGoods, "带一颗纽扣电池"),
        Zh(GoodsZh, AskGoods, "有一小瓶香水"),
        Zh(ModelZh, AskModel, "卖给普通消费者"),
        Zh(ModelZh, AskModel, "都有，主要是B2B"),
        Zh(MarketsZh, AskMarkets, "东南亚几个国家"),
        Zh(MarketsZh, AskMarkets, "西班牙、葡萄牙和意大利"),
        Zh(CategoryZh, AskCategory, "手工真皮钱包"),
        Zh(CategoryZh, AskCategory, "LED灯"),
        Zh(BudgetZh, AskBudget, "五百美元"),
        Zh(BudgetZh, AskBudget, "一个月一千刀左右"),
        Zh(ExperienceZh, AskExperience, "在Etsy上卖了三年"),
        Zh(BrandZh, AskBrand, "没有，贴牌的"),
        Zh(ProblemZh, AskProblem, "买家说一直没收到货"),
        Zh(IssueMarketZh, AskIssueMarket, "是德国那边的"),
        Zh(CertificatesZh, AskCertificates, "全部产品都有CE"),
    ];
}
