using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the eighth pass, kept apart from the older sets and measured separately by
/// <see cref="EighthPromptReplyMeasureTests"/>. Written before the eighth pass changed any behaviour, by imitating how
/// sellers answer a question in chat (amounts and weights in words, "both" customer types, "not sure" at yes/no
/// questions, cities and regions, shorthand, mixed languages), not from the slot vocabulary and not reusing earlier
/// sets' wordings; never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class EighthPromptReplyCases
{
    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "three kilos or so"),
        En(WeightEn, AskWeight, "just under half a kilo"),
        En(DimensionsEn, AskDimensions, "approx 35x25x15cm"),
        En(DimensionsEn, AskDimensions, "no idea, didnt measure it"),
        En(ValueEn, AskValue, "about forty bucks"),
        En(ValueEn, AskValue, "two hundred usd"),
        En(DestinationEn, AskDestination, "to melbourne"),
        En(DestinationEn, AskDestination, "saudi arabia pls"),
        En(UrgencyEn, AskUrgency, "needs to be there by next week"),
        En(UrgencyEn, AskUrgency, "slow is fine, cost matters more"),
        En(TrackingEn, AskTracking, "dont care much about tracking"),
        En(TrackingEn, AskTracking, "tracking? no idea really"),
        En(ReturnsEn, AskReturns, "yeah returns should be possible"),
        En(ReturnsEn, AskReturns, "returns? nope"),
        En(GoodsEn, AskGoods, "one of the items is a power bank"),
        En(GoodsEn, AskGoods, "it contains perfume"),
        En(ModelEn, AskModel, "both b2b and b2c"),
        En(ModelEn, AskModel, "wholesale buyers mostly"),
        En(MarketsEn, AskMarkets, "the nordic countries"),
        En(MarketsEn, AskMarkets, "japan first, maybe korea later"),
        En(CategoryEn, AskCategory, "led desk lamps"),
        En(BudgetEn, AskBudget, "a thousand bucks a month"),
        En(BudgetEn, AskBudget, "havent decided the budget"),
        En(ExperienceEn, AskExperience, "sold on amazon for about two years"),
        En(BrandEn, AskBrand, "trademark application pending"),
        En(ProblemEn, AskProblem, "buyer says the item came broken"),
        En(IssueMarketEn, AskIssueMarket, "a customer in poland"),
        En(ReadinessEn, AskDifferentiation, "our design is patented"),
        En(QualityEn, AskQualityCheck, "random checks on each batch"),

        Zh(WeightZh, AskWeight, "差不多两公斤"),
        Zh(WeightZh, AskWeight, "四百克上下"),
        Zh(DimensionsZh, AskDimensions, "35×25×15厘米"),
        Zh(DimensionsZh, AskDimensions, "箱子还没来得及量"),
        Zh(ValueZh, AskValue, "四十块钱左右"),
        Zh(ValueZh, AskValue, "货值二十五英镑"),
        Zh(DestinationZh, AskDestination, "发墨尔本"),
        Zh(DestinationZh, AskDestination, "寄沙特阿拉伯"),
        Zh(UrgencyZh, AskUrgency, "下周之前要到"),
        Zh(UrgencyZh, AskUrgency, "慢点没事，便宜最重要"),
        Zh(TrackingZh, AskTracking, "跟踪无所谓"),
        Zh(TrackingZh, AskTracking, "这个说不准"),
        Zh(ReturnsZh, AskReturns, "可以退"),
        Zh(ReturnsZh, AskReturns, "退货？不用"),
        Zh(GoodsZh, AskGoods, "其中一个是充电宝"),
        Zh(GoodsZh, AskGoods, "里面有香水"),
        Zh(ModelZh, AskModel, "批发零售都做"),
        Zh(ModelZh, AskModel, "主要卖给批发商"),
        Zh(MarketsZh, AskMarkets, "北欧几个国家"),
        Zh(MarketsZh, AskMarkets, "先日本，以后可能韩国"),
        Zh(CategoryZh, AskCategory, "LED台灯"),
        Zh(BudgetZh, AskBudget, "一个月一千美金"),
        Zh(BudgetZh, AskBudget, "预算还没定"),
        Zh(ExperienceZh, AskExperience, "在亚马逊上做了两年左右"),
        Zh(BrandZh, AskBrand, "商标在申请中"),
        Zh(ProblemZh, AskProblem, "买家说东西到的时候是坏的"),
        Zh(IssueMarketZh, AskIssueMarket, "波兰的客户"),
        Zh(ReadinessZh, AskDifferentiation, "我们的设计有专利"),
        Zh(QualityZh, AskQualityCheck, "每批随机抽查"),
    ];
}
