using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the fourteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written before the fourteenth pass changed any behaviour, from the
/// issue's text and by imitating how sellers answer a question in chat (amounts and weights in words, typos, shorthand,
/// answers inside a sentence or with a reason, two items or places, "no idea / up to you", mixed languages), not from
/// the slot vocabulary and not reusing earlier sets' wordings (checked mechanically); never tuned on. The setups reach
/// each prompt the plain way.
/// </summary>
public static class FourteenthPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "two and a half kilos"),
        En(WeightEn, AskWeight, "prob around 760 grams with the box"),
        En(WeightEn, AskWeight, "3lb give or take"),
        En(DimensionsEn, AskDimensions, "its a 25cm cube"),
        En(DimensionsEn, AskDimensions, "36 by 26 by 12, in cm"),
        En(ValueEn, AskValue, "sixty dollars"),
        En(ValueEn, AskValue, "we invoice it at 45 eur"),
        En(DestinationEn, AskDestination, "going to a shop in rotterdam"),
        En(DestinationEn, AskDestination, "philipines"),
        En(UrgencyEn, AskUrgency, "a week or two is totally fine"),
        En(UrgencyEn, AskUrgency, "buyer needs it by friday"),
        En(TrackingEn, AskTracking, "yes, the customer wants to follow it"),
        En(TrackingEn, AskTracking, "not important for this one"),
        En(ReturnsEn, AskReturns, "yeah we offer free returns"),
        En(ReturnsEn, AskReturns, "no, no returns on custom stuff"),
        En(GoodsEn, AskGoods, "theres a small coin cell battery inside"),
        En(GoodsEn, AskGoods, "just plain cotton shirts"),
        En(ModelEn, AskModel, "straight to online shoppers"),
        En(ModelEn, AskModel, "we supply distributors overseas"),
        En(MarketsEn, AskMarkets, "japan first, korea down the road"),
        En(MarketsEn, AskMarkets, "autralia"),
        En(CategoryEn, AskCategory, "kitchen gadgets like peelers and graters"),
        En(CategoryEn, AskCategory, "bike parts"),
        En(BudgetEn, AskBudget, "maybe five hundred a month"),
        En(BudgetEn, AskBudget, "up to you, we're flexible"),
        En(ExperienceEn, AskExperience, "never sold abroad before"),
        En(ExperienceEn, AskExperience, "one year-ish running a shopee shop"),
        En(BrandEn, AskBrand, "not yet, planning to register one"),
        En(ProblemEn, AskProblem, "a customer in italy says the lamp arrived broken"),
        En(CertificatesEn, AskCertificates, "we got CE for most items, not all"),

        Zh(WeightZh, AskWeight, "二点五公斤"),
        Zh(WeightZh, AskWeight, "带盒子差不多760克"),
        Zh(WeightZh, AskWeight, "三斤"),
        Zh(DimensionsZh, AskDimensions, "边长25厘米的正方体箱子"),
        Zh(DimensionsZh, AskDimensions, "长35宽25高12"),
        Zh(ValueZh, AskValue, "六十美元"),
        Zh(ValueZh, AskValue, "发票上写的45欧"),
        Zh(DestinationZh, AskDestination, "鹿特丹的一个店"),
        Zh(DestinationZh, AskDestination, "菲律宾"),
        Zh(UrgencyZh, AskUrgency, "一两个星期到都行"),
        Zh(UrgencyZh, AskUrgency, "客户周五前就要"),
        Zh(TrackingZh, AskTracking, "要，客户要随时看到物流"),
        Zh(TrackingZh, AskTracking, "这单无所谓"),
        Zh(ReturnsZh, AskReturns, "支持免费退货"),
        Zh(ReturnsZh, AskReturns, "定制的不能退"),
        Zh(GoodsZh, AskGoods, "装了一粒纽扣电池"),
        Zh(GoodsZh, AskGoods, "就是普通的棉T恤"),
        Zh(ModelZh, AskModel, "东西直接卖到网购的人手里"),
        Zh(ModelZh, AskModel, "给海外经销商供货"),
        Zh(MarketsZh, AskMarkets, "先主攻日本，韩国后面再说"),
        Zh(MarketsZh, AskMarkets, "奥大利亚"),
        Zh(CategoryZh, AskCategory, "削皮器、擦丝器这类厨具"),
        Zh(CategoryZh, AskCategory, "自行车零件"),
        Zh(BudgetZh, AskBudget, "一个月五百美金上下"),
        Zh(BudgetZh, AskBudget, "你看着定，我们都行"),
        Zh(ExperienceZh, AskExperience, "从来没做过外贸"),
        Zh(ExperienceZh, AskExperience, "shopee开店一年多"),
        Zh(BrandZh, AskBrand, "还没有，准备去注册"),
        Zh(ProblemZh, AskProblem, "意大利客户说台灯到的时候坏了"),
        Zh(CertificatesZh, AskCertificates, "大部分产品有CE，不是全部"),
    ];
}
