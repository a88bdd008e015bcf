using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the fifth pass, kept apart from <see cref="PromptReplyCases"/> and measured separately by
/// <see cref="FifthPromptReplyMeasureTests"/>. Written before the fifth pass changed any behaviour, from the issue's
/// description of how sellers answer (odd units, amounts in words, cities for countries, wishes, "no idea"), not from
/// the slot vocabulary and not reusing earlier sets' wordings; never tuned on.
/// </summary>
public static class FifthPromptReplyCases
{
    private static readonly string[] WeightEn = ["i want to compare shipping options"];
    private static readonly string[] DimensionsEn = [.. WeightEn, "3 kg"];
    private static readonly string[] ValueEn = [.. DimensionsEn, "skip"];
    private static readonly string[] DestinationEn = [.. ValueEn, "30 usd"];
    private static readonly string[] UrgencyEn = [.. DestinationEn, "spain"];
    private static readonly string[] TrackingEn = [.. UrgencyEn, "standard"];
    private static readonly string[] ReturnsEn = [.. TrackingEn, "yes"];
    private static readonly string[] GoodsEn = [.. ReturnsEn, "no"];
    private static readonly string[] ModelEn = ["help me find a marketplace"];
    private static readonly string[] MarketsEn = [.. ModelEn, "b2c"];
    private static readonly string[] CategoryEn = [.. MarketsEn, "UK"];
    private static readonly string[] BudgetEn = [.. CategoryEn, "shoes"];
    private static readonly string[] ExperienceEn = [.. BudgetEn, "500 usd"];
    private static readonly string[] BrandEn = [.. ExperienceEn, "none"];
    private static readonly string[] ProblemEn = ["I have an issue to fix"];
    private static readonly string[] IssueMarketEn = [.. ProblemEn, "a buyer says our item is fake"];
    private static readonly string[] ReadinessEn = ["assess our readiness for cross-border selling"];

    private static readonly string[] WeightZh = ["帮我挑个物流"];
    private static readonly string[] DimensionsZh = [.. WeightZh, "3公斤"];
    private static readonly string[] ValueZh = [.. DimensionsZh, "跳过"];
    private static readonly string[] DestinationZh = [.. ValueZh, "200元"];
    private static readonly string[] UrgencyZh = [.. DestinationZh, "德国"];
    private static readonly string[] TrackingZh = [.. UrgencyZh, "标准"];
    private static readonly string[] ReturnsZh = [.. TrackingZh, "要"];
    private static readonly string[] GoodsZh = [.. ReturnsZh, "不用"];
    private static readonly string[] ModelZh = ["帮我找个合适的平台"];
    private static readonly string[] MarketsZh = [.. ModelZh, "B2C"];
    private static readonly string[] CategoryZh = [.. MarketsZh, "英国"];
    private static readonly string[] BudgetZh = [.. CategoryZh, "鞋子"];
    private static readonly string[] ExperienceZh = [.. BudgetZh, "3000元"];
    private static readonly string[] BrandZh = [.. ExperienceZh, "没有"];
    private static readonly string[] ProblemZh = ["有个问题需要处理"];
    private static readonly string[] IssueMarketZh = [.. ProblemZh, "买家说我们卖的是假货"];
    private static readonly string[] ReadinessZh = ["帮我评估出海准备度"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly 2.5 kilograms"),
        En(WeightEn, AskWeight, "approx 4 lbs"),
        En(DimensionsEn, AskDimensions, "L40 W30 H20"),
        En(DimensionsEn, AskDimensions, "no measurements yet"),
        En(ValueEn, AskValue, "under 100 bucks"),
        En(ValueEn, AskValue, "¥260"),
        En(DestinationEn, AskDestination, "shipping to melbourne"),
        En(DestinationEn, AskDestination, "toronto, canada"),
        En(UrgencyEn, AskUrgency, "within a week ideally"),
        En(UrgencyEn, AskUrgency, "not in a rush at all"),
        En(TrackingEn, AskTracking, "tracking is a must"),
        En(TrackingEn, AskTracking, "not important"),
        En(ReturnsEn, AskReturns, "yes buyers should be able to send it back"),
        En(GoodsEn, AskGoods, "there's a lithium battery in it"),
        En(GoodsEn, AskGoods, "it's perfume"),
        En(ModelEn, AskModel, "mostly end consumers"),
        En(ModelEn, AskModel, "to small retailers"),
        En(MarketsEn, AskMarkets, "US + UK"),
        En(MarketsEn, AskMarkets, "latin america"),
        En(CategoryEn, AskCategory, "kitchen gadgets"),
        En(BudgetEn, AskBudget, "maybe two grand usd"),
        En(ExperienceEn, AskExperience, "zero"),
        En(BrandEn, AskBrand, "we have a registered TM"),
        En(ProblemEn, AskProblem, "canada customs wants more paperwork for our shipment"),
        En(IssueMarketEn, AskIssueMarket, "germany, amazon.de"),
        En(ReadinessEn, AskDifferentiation, "nothing special honestly"),

        Zh(WeightZh, AskWeight, "1公斤多一点"),
        Zh(WeightZh, AskWeight, "三斤左右"),
        Zh(DimensionsZh, AskDimensions, "长50宽40高30"),
        Zh(DimensionsZh, AskDimensions, "还没量过"),
        Zh(ValueZh, AskValue, "大概80美元"),
        Zh(ValueZh, AskValue, "不到两百块"),
        Zh(DestinationZh, AskDestination, "寄到悉尼"),
        Zh(DestinationZh, AskDestination, "沙特"),
        Zh(UrgencyZh, AskUrgency, "一周内要到"),
        Zh(UrgencyZh, AskUrgency, "慢点没关系"),
        Zh(TrackingZh, AskTracking, "必须全程可查"),
        Zh(TrackingZh, AskTracking, "不重要"),
        Zh(ReturnsZh, AskReturns, "要支持退货"),
        Zh(GoodsZh, AskGoods, "有纽扣电池"),
        Zh(GoodsZh, AskGoods, "是香水"),
        Zh(ModelZh, AskModel, "卖给终端消费者"),
        Zh(ModelZh, AskModel, "批发给零售商"),
        Zh(MarketsZh, AskMarkets, "北美"),
        Zh(CategoryZh, AskCategory, "厨房小工具"),
        Zh(BudgetZh, AskBudget, "每月大概一万"),
        Zh(ExperienceZh, AskExperience, "完全没有"),
        Zh(BrandZh, AskBrand, "有注册商标"),
        Zh(ProblemZh, AskProblem, "账号被封了"),
        Zh(IssueMarketZh, AskIssueMarket, "德国站"),
        Zh(ReadinessZh, AskDifferentiation, "没什么特别的"),
    ];

    private static PromptReplyCase En(string[] setup, string prompt, string reply) => new("en-US", setup, prompt, reply);

    private static PromptReplyCase Zh(string[] setup, string prompt, string reply) => new("zh-CN", setup, prompt, reply);
}
