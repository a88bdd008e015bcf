using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The "didn't understand" set: natural replies a seller types at a guide prompt, each of which the bot should take.
/// Written before the fourth pass changed any behaviour, from the issue's description of how sellers answer (shorthand,
/// units, "don't know", "whatever is cheapest", Chinese variants), not from the slot vocabulary. Measured by
/// <see cref="PromptReplyMeasureTests"/>; the count at the commit that added it is recorded there.
/// </summary>
public static class PromptReplyCases
{
    private static readonly string[] WeightEn = ["help me choose logistics"];
    private static readonly string[] DimensionsEn = [.. WeightEn, "2 kg"];
    private static readonly string[] ValueEn = [.. DimensionsEn, "skip"];
    private static readonly string[] DestinationEn = [.. ValueEn, "50 usd"];
    private static readonly string[] UrgencyEn = [.. DestinationEn, "france"];
    private static readonly string[] TrackingEn = [.. UrgencyEn, "standard"];
    private static readonly string[] ReturnsEn = [.. TrackingEn, "yes"];
    private static readonly string[] GoodsEn = [.. ReturnsEn, "no"];
    private static readonly string[] ModelEn = ["help me choose a platform"];
    private static readonly string[] MarketsEn = [.. ModelEn, "b2c"];
    private static readonly string[] CategoryEn = [.. MarketsEn, "US"];
    private static readonly string[] BudgetEn = [.. CategoryEn, "toys"];
    private static readonly string[] ExperienceEn = [.. BudgetEn, "1000 usd"];
    private static readonly string[] BrandEn = [.. ExperienceEn, "some"];
    private static readonly string[] ProblemEn = ["I need to fix a problem"];
    private static readonly string[] IssueMarketEn = [.. ProblemEn, "my parcel is stuck at customs"];
    private static readonly string[] ReadinessEn = ["check my readiness to sell abroad"];

    private static readonly string[] WeightZh = ["帮我选物流"];
    private static readonly string[] DimensionsZh = [.. WeightZh, "2公斤"];
    private static readonly string[] ValueZh = [.. DimensionsZh, "跳过"];
    private static readonly string[] DestinationZh = [.. ValueZh, "100元"];
    private static readonly string[] UrgencyZh = [.. DestinationZh, "法国"];
    private static readonly string[] TrackingZh = [.. UrgencyZh, "标准"];
    private static readonly string[] ReturnsZh = [.. TrackingZh, "要"];
    private static readonly string[] GoodsZh = [.. ReturnsZh, "不用"];
    private static readonly string[] ModelZh = ["帮我选平台"];
    private static readonly string[] MarketsZh = [.. ModelZh, "B2C"];
    private static readonly string[] CategoryZh = [.. MarketsZh, "美国"];
    private static readonly string[] BudgetZh = [.. CategoryZh, "玩具"];
    private static readonly string[] ExperienceZh = [.. BudgetZh, "5000元"];
    private static readonly string[] BrandZh = [.. ExperienceZh, "有一些"];
    private static readonly string[] ProblemZh = ["我遇到一个问题要处理"];
    private static readonly string[] IssueMarketZh = [.. ProblemZh, "包裹被海关扣了"];
    private static readonly string[] ReadinessZh = ["评估一下我们的出海准备度"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "around 3 kilos"),
        En(WeightEn, AskWeight, "1.2kg or so"),
        En(WeightEn, AskWeight, "like 700 grams"),
        En(DimensionsEn, AskDimensions, "dont know the size"),
        En(DimensionsEn, AskDimensions, "35 by 25 by 10 cm"),
        En(ValueEn, AskValue, "approx $45"),
        En(ValueEn, AskValue, "about 300 rmb"),
        En(ValueEn, AskValue, "not sure"),
        En(DestinationEn, AskDestination, "to the states"),
        En(DestinationEn, AskDestination, "germany pls"),
        En(UrgencyEn, AskUrgency, "no hurry"),
        En(UrgencyEn, AskUrgency, "asap"),
        En(UrgencyEn, AskUrgency, "cheapest is fine"),
        En(TrackingEn, AskTracking, "yeah need tracking"),
        En(TrackingEn, AskTracking, "doesnt matter"),
        En(ReturnsEn, AskReturns, "nah no returns"),
        En(GoodsEn, AskGoods, "it has a small battery inside"),
        En(GoodsEn, AskGoods, "just clothes"),
        En(ModelEn, AskModel, "selling to regular shoppers"),
        En(ModelEn, AskModel, "wholesale to shops"),
        En(MarketsEn, AskMarkets, "mainly europe"),
        En(CategoryEn, AskCategory, "we make led lamps"),
        En(BudgetEn, AskBudget, "maybe 5k rmb a month"),
        En(ExperienceEn, AskExperience, "2 yrs on aliexpress"),
        En(BrandEn, AskBrand, "not yet"),
        En(ProblemEn, AskProblem, "buyer says the item arrived broken"),
        En(IssueMarketEn, AskIssueMarket, "it's in the UK"),
        En(ReadinessEn, AskDifferentiation, "our designs are our own"),

        Zh(WeightZh, AskWeight, "大概两公斤"),
        Zh(WeightZh, AskWeight, "500g左右"),
        Zh(WeightZh, AskWeight, "一斤"),
        Zh(DimensionsZh, AskDimensions, "没量"),
        Zh(DimensionsZh, AskDimensions, "30乘20乘10"),
        Zh(ValueZh, AskValue, "一百多块"),
        Zh(ValueZh, AskValue, "20美金"),
        Zh(ValueZh, AskValue, "不清楚"),
        Zh(DestinationZh, AskDestination, "发美国"),
        Zh(DestinationZh, AskDestination, "英国那边"),
        Zh(UrgencyZh, AskUrgency, "不赶时间"),
        Zh(UrgencyZh, AskUrgency, "越快越好"),
        Zh(UrgencyZh, AskUrgency, "哪个便宜选哪个"),
        Zh(TrackingZh, AskTracking, "要能查到物流"),
        Zh(TrackingZh, AskTracking, "无所谓"),
        Zh(ReturnsZh, AskReturns, "不接受退货"),
        Zh(GoodsZh, AskGoods, "带电池的"),
        Zh(GoodsZh, AskGoods, "没电池也没液体"),
        Zh(ModelZh, AskModel, "卖给个人消费者"),
        Zh(ModelZh, AskModel, "做批发"),
        Zh(MarketsZh, AskMarkets, "东南亚"),
        Zh(CategoryZh, AskCategory, "卖女装"),
        Zh(BudgetZh, AskBudget, "两万块"),
        Zh(BudgetZh, AskBudget, "一个月三千左右"),
        Zh(ExperienceZh, AskExperience, "在速卖通做了两年"),
        Zh(BrandZh, AskBrand, "还没有"),
        Zh(ProblemZh, AskProblem, "买家说收到的货是坏的"),
        Zh(IssueMarketZh, AskIssueMarket, "美国"),
        Zh(ReadinessZh, AskDifferentiation, "跟同行差不多"),
    ];

    private static PromptReplyCase En(string[] setup, string prompt, string reply) => new("en-US", setup, prompt, reply);

    private static PromptReplyCase Zh(string[] setup, string prompt, string reply) => new("zh-CN", setup, prompt, reply);
}
