using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

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
    private const string AskDifferentiation = "How different are your products|产品与其他卖家相比有多大差异";
    private const string AskQualityCheck = "How do you check quality|如何检查质量";

    private static readonly string[] WeightEn = ["help me choose a carrier"];
    private static readonly string[] DimensionsEn = [.. WeightEn, "1 kg"];
    private static readonly string[] ValueEn = [.. DimensionsEn, "skip"];
    private static readonly string[] DestinationEn = [.. ValueEn, "50 usd"];
    private static readonly string[] UrgencyEn = [.. DestinationEn, "spain"];
    private static readonly string[] TrackingEn = [.. UrgencyEn, "standard"];
    private static readonly string[] ReturnsEn = [.. TrackingEn, "yes"];
    private static readonly string[] GoodsEn = [.. ReturnsEn, "no"];
    private static readonly string[] ModelEn = ["what platform should we sell on"];
    private static readonly string[] MarketsEn = [.. ModelEn, "b2c"];
    private static readonly string[] CategoryEn = [.. MarketsEn, "France"];
    private static readonly string[] BudgetEn = [.. CategoryEn, "shoes"];
    private static readonly string[] ExperienceEn = [.. BudgetEn, "800 usd"];
    private static readonly string[] BrandEn = [.. ExperienceEn, "none"];
    private static readonly string[] ProblemEn = ["we have a problem to sort out"];
    private static readonly string[] IssueMarketEn = [.. ProblemEn, "the parcel went missing"];
    private static readonly string[] ReadinessEn = ["assess our export readiness"];
    private static readonly string[] QualityEn = [.. ReadinessEn, "very different"];

    private static readonly string[] WeightZh = ["帮我选一下物流"];
    private static readonly string[] DimensionsZh = [.. WeightZh, "1公斤"];
    private static readonly string[] ValueZh = [.. DimensionsZh, "跳过"];
    private static readonly string[] DestinationZh = [.. ValueZh, "200元"];
    private static readonly string[] UrgencyZh = [.. DestinationZh, "西班牙"];
    private static readonly string[] TrackingZh = [.. UrgencyZh, "标准"];
    private static readonly string[] ReturnsZh = [.. TrackingZh, "要"];
    private static readonly string[] GoodsZh = [.. ReturnsZh, "不用"];
    private static readonly string[] ModelZh = ["推荐一个平台给我"];
    private static readonly string[] MarketsZh = [.. ModelZh, "B2C"];
    private static readonly string[] CategoryZh = [.. MarketsZh, "法国"];
    private static readonly string[] BudgetZh = [.. CategoryZh, "鞋子"];
    private static readonly string[] ExperienceZh = [.. BudgetZh, "3000元"];
    private static readonly string[] BrandZh = [.. ExperienceZh, "没有"];
    private static readonly string[] ProblemZh = ["我们遇到一个问题"];
    private static readonly string[] IssueMarketZh = [.. ProblemZh, "包裹找不到了"];
    private static readonly string[] ReadinessZh = ["帮我们评估出海准备度"];
    private static readonly string[] QualityZh = [.. ReadinessZh, "差异很大"];

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

    private static PromptReplyCase En(string[] setup, string prompt, string reply) => new("en-US", setup, prompt, reply);

    private static PromptReplyCase Zh(string[] setup, string prompt, string reply) => new("zh-CN", setup, prompt, reply);
}
