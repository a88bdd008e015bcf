using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the thirteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written before the thirteenth pass changed any behaviour, from the
/// issue's text and by imitating how sellers answer a question in chat (typos, plurals, shorthand and slang, units and
/// currencies in words, several items or places, "no idea / your call", answers wrapped in a sentence or with a reason,
/// mixed languages), not from the slot vocabulary and not reusing earlier sets' wordings; never tuned on. The setups
/// reach each prompt the plain way.
/// </summary>
public static class ThirteenthPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly 1.8kgs"),
        En(WeightEn, AskWeight, "half a kilo maybe"),
        En(WeightEn, AskWeight, "its about 12 oz"),
        En(DimensionsEn, AskDimensions, "30 x 20 x 8 cm i think"),
        En(DimensionsEn, AskDimensions, "havent measured it yet"),
        En(ValueEn, AskValue, "like 80 bucks"),
        En(ValueEn, AskValue, "around 500 rmb"),
        En(DestinationEn, AskDestination, "to a customer in melbourne"),
        En(DestinationEn, AskDestination, "polnad"),
        En(UrgencyEn, AskUrgency, "your call, cheapest is fine"),
        En(UrgencyEn, AskUrgency, "asap, its a gift"),
        En(TrackingEn, AskTracking, "ya need a tracking number"),
        En(TrackingEn, AskTracking, "no need for tracking"),
        En(ReturnsEn, AskReturns, "we do take returns within 30 days"),
        En(ReturnsEn, AskReturns, "nah, all sales final"),
        En(GoodsEn, AskGoods, "perfume, so yes liquid"),
        En(GoodsEn, AskGoods, "its a bluetooth speaker with a built in battery"),
        En(ModelEn, AskModel, "consumer sales mostly"),
        En(ModelEn, AskModel, "to retail shops, in bulk"),
        En(MarketsEn, AskMarkets, "the states and canada"),
        En(MarketsEn, AskMarkets, "germny"),
        En(CategoryEn, AskCategory, "womens dresses and handbags"),
        En(CategoryEn, AskCategory, "kids toys, mostly plush"),
        En(BudgetEn, AskBudget, "2 grand monthly"),
        En(BudgetEn, AskBudget, "dont know yet"),
        En(ExperienceEn, AskExperience, "total beginners"),
        En(ExperienceEn, AskExperience, "a few years on amazon us"),
        En(BrandEn, AskBrand, "yep, registered trademark"),
        En(ProblemEn, AskProblem, "customs in brazil are asking for a tax payment"),
        En(CertificatesEn, AskCertificates, "none yet honestly"),

        Zh(WeightZh, AskWeight, "1.8公斤上下"),
        Zh(WeightZh, AskWeight, "半公斤吧"),
        Zh(WeightZh, AskWeight, "大概三百来克"),
        Zh(DimensionsZh, AskDimensions, "30x20x8厘米"),
        Zh(DimensionsZh, AskDimensions, "还没量呢"),
        Zh(ValueZh, AskValue, "八十刀左右"),
        Zh(ValueZh, AskValue, "五百块人民币"),
        Zh(DestinationZh, AskDestination, "发给墨尔本的客户"),
        Zh(DestinationZh, AskDestination, "寄去波兰"),
        Zh(UrgencyZh, AskUrgency, "你定吧，便宜优先"),
        Zh(UrgencyZh, AskUrgency, "越快越好，是礼物"),
        Zh(TrackingZh, AskTracking, "需要单号可查"),
        Zh(TrackingZh, AskTracking, "不需要追踪"),
        Zh(ReturnsZh, AskReturns, "三十天内可以退"),
        Zh(ReturnsZh, AskReturns, "售出不退"),
        Zh(GoodsZh, AskGoods, "是香水，有液体"),
        Zh(GoodsZh, AskGoods, "蓝牙音箱，内置电池"),
        Zh(ModelZh, AskModel, "主要做C端"),
        Zh(ModelZh, AskModel, "给零售店批量供货"),
        Zh(MarketsZh, AskMarkets, "美国跟加拿大"),
        Zh(MarketsZh, AskMarkets, "德過"),
        Zh(CategoryZh, AskCategory, "女装连衣裙和包包"),
        Zh(CategoryZh, AskCategory, "儿童玩具，主要是毛绒的"),
        Zh(BudgetZh, AskBudget, "每月两千美金"),
        Zh(BudgetZh, AskBudget, "预算这块还没数"),
        Zh(ExperienceZh, AskExperience, "完全是新手"),
        Zh(ExperienceZh, AskExperience, "美国亚马逊做了几年"),
        Zh(BrandZh, AskBrand, "有，商标已经注册了"),
        Zh(ProblemZh, AskProblem, "巴西海关要我们交税"),
        Zh(CertificatesZh, AskCertificates, "说实话还一个都没有"),
    ];
}
