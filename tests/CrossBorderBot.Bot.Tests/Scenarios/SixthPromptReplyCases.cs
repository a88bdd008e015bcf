using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the sixth pass, kept apart from <see cref="PromptReplyCases"/> and
/// <see cref="FifthPromptReplyCases"/> and measured separately by <see cref="SixthPromptReplyMeasureTests"/>. Written
/// before the sixth pass changed any behaviour, from the issue's description of how sellers answer (odd units, amounts
/// in words and slang, cities for countries, vague sizes, channel names for experience), not from the slot vocabulary
/// and not reusing earlier sets' wordings; never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class SixthPromptReplyCases
{
    private static readonly string[] WeightEn = ["i need a shipping recommendation"];
    private static readonly string[] DimensionsEn = [.. WeightEn, "2 kg"];
    private static readonly string[] ValueEn = [.. DimensionsEn, "skip"];
    private static readonly string[] DestinationEn = [.. ValueEn, "40 usd"];
    private static readonly string[] UrgencyEn = [.. DestinationEn, "italy"];
    private static readonly string[] TrackingEn = [.. UrgencyEn, "standard"];
    private static readonly string[] ReturnsEn = [.. TrackingEn, "yes"];
    private static readonly string[] GoodsEn = [.. ReturnsEn, "no"];
    private static readonly string[] ModelEn = ["which marketplace fits us"];
    private static readonly string[] MarketsEn = [.. ModelEn, "b2c"];
    private static readonly string[] CategoryEn = [.. MarketsEn, "Germany"];
    private static readonly string[] BudgetEn = [.. CategoryEn, "toys"];
    private static readonly string[] ExperienceEn = [.. BudgetEn, "1000 usd"];
    private static readonly string[] BrandEn = [.. ExperienceEn, "none"];
    private static readonly string[] ProblemEn = ["I need to fix a problem"];
    private static readonly string[] IssueMarketEn = [.. ProblemEn, "our parcel was lost"];
    private static readonly string[] ReadinessEn = ["check our cross-border readiness"];

    private static readonly string[] WeightZh = ["帮我选物流渠道"];
    private static readonly string[] DimensionsZh = [.. WeightZh, "2公斤"];
    private static readonly string[] ValueZh = [.. DimensionsZh, "跳过"];
    private static readonly string[] DestinationZh = [.. ValueZh, "300元"];
    private static readonly string[] UrgencyZh = [.. DestinationZh, "意大利"];
    private static readonly string[] TrackingZh = [.. UrgencyZh, "标准"];
    private static readonly string[] ReturnsZh = [.. TrackingZh, "要"];
    private static readonly string[] GoodsZh = [.. ReturnsZh, "不用"];
    private static readonly string[] ModelZh = ["帮我选个平台"];
    private static readonly string[] MarketsZh = [.. ModelZh, "B2C"];
    private static readonly string[] CategoryZh = [.. MarketsZh, "德国"];
    private static readonly string[] BudgetZh = [.. CategoryZh, "玩具"];
    private static readonly string[] ExperienceZh = [.. BudgetZh, "5000元"];
    private static readonly string[] BrandZh = [.. ExperienceZh, "没有"];
    private static readonly string[] ProblemZh = ["有个问题要解决"];
    private static readonly string[] IssueMarketZh = [.. ProblemZh, "包裹丢了"];
    private static readonly string[] ReadinessZh = ["评估一下我们的出海准备度"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "like 600 grams"),
        En(WeightEn, AskWeight, "a kilo or so"),
        En(DimensionsEn, AskDimensions, "30cm cube"),
        En(DimensionsEn, AskDimensions, "about shoebox size"),
        En(ValueEn, AskValue, "about 15 quid"),
        En(ValueEn, AskValue, "USD 75"),
        En(DestinationEn, AskDestination, "to dubai"),
        En(DestinationEn, AskDestination, "mexico city"),
        En(UrgencyEn, AskUrgency, "need it fast"),
        En(UrgencyEn, AskUrgency, "2 weeks is fine"),
        En(TrackingEn, AskTracking, "yeah must have"),
        En(ReturnsEn, AskReturns, "no returns needed"),
        En(GoodsEn, AskGoods, "just fabric, nothing dangerous"),
        En(GoodsEn, AskGoods, "contains nail polish"),
        En(ModelEn, AskModel, "b2b wholesale"),
        En(ModelEn, AskModel, "direct to shoppers"),
        En(MarketsEn, AskMarkets, "europe mainly"),
        En(MarketsEn, AskMarkets, "aus and nz"),
        En(CategoryEn, AskCategory, "yoga mats"),
        En(BudgetEn, AskBudget, "around 1.5k a month"),
        En(ExperienceEn, AskExperience, "a little on etsy"),
        En(BrandEn, AskBrand, "no brand of our own yet"),
        En(ProblemEn, AskProblem, "buyer says the item arrived broken and wants a refund"),
        En(IssueMarketEn, AskIssueMarket, "it's the french site"),
        En(ReadinessEn, AskDifferentiation, "we have our own patented design"),

        Zh(WeightZh, AskWeight, "半公斤"),
        Zh(WeightZh, AskWeight, "2斤多"),
        Zh(DimensionsZh, AskDimensions, "30×20×10厘米"),
        Zh(DimensionsZh, AskDimensions, "鞋盒那么大"),
        Zh(ValueZh, AskValue, "五十美金"),
        Zh(ValueZh, AskValue, "三百元左右"),
        Zh(DestinationZh, AskDestination, "迪拜"),
        Zh(DestinationZh, AskDestination, "发往墨西哥"),
        Zh(UrgencyZh, AskUrgency, "要快，客户等着用"),
        Zh(UrgencyZh, AskUrgency, "两周内"),
        Zh(TrackingZh, AskTracking, "要的"),
        Zh(ReturnsZh, AskReturns, "不支持退货"),
        Zh(GoodsZh, AskGoods, "有液体"),
        Zh(GoodsZh, AskGoods, "都是普通货"),
        Zh(ModelZh, AskModel, "主要批量卖给经销商"),
        Zh(ModelZh, AskModel, "C端"),
        Zh(MarketsZh, AskMarkets, "欧洲为主"),
        Zh(MarketsZh, AskMarkets, "日韩"),
        Zh(CategoryZh, AskCategory, "瑜伽垫"),
        Zh(BudgetZh, AskBudget, "五千块一个月"),
        Zh(ExperienceZh, AskExperience, "在速卖通做过两年"),
        Zh(BrandZh, AskBrand, "还在注册中"),
        Zh(ProblemZh, AskProblem, "货被海关扣了"),
        Zh(IssueMarketZh, AskIssueMarket, "法国"),
        Zh(ReadinessZh, AskDifferentiation, "有自己的专利设计"),
    ];

    private static PromptReplyCase En(string[] setup, string prompt, string reply) => new("en-US", setup, prompt, reply);

    private static PromptReplyCase Zh(string[] setup, string prompt, string reply) => new("zh-CN", setup, prompt, reply);
}
