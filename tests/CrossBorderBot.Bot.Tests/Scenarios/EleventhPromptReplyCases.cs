using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the eleventh pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written before the eleventh pass changed any behaviour, by imitating
/// how sellers answer a question in chat (amounts and weights in words and shorthand, typos, regions, several places,
/// "no idea", cities, mixed languages), not from the slot vocabulary and not reusing earlier sets' wordings; never
/// tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class EleventhPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "we check every piece"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "每件都检查"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly half a kilo"),
        En(WeightEn, AskWeight, "its like 1.2kgs"),
        En(DimensionsEn, AskDimensions, "around 30 by 20 by 10 cm"),
        En(DimensionsEn, AskDimensions, "havent got a box yet"),
        En(ValueEn, AskValue, "eighty five dollars"),
        En(ValueEn, AskValue, "abt 300 yuan"),
        En(DestinationEn, AskDestination, "customer is in melbourne"),
        En(DestinationEn, AskDestination, "the gulf states"),
        En(UrgencyEn, AskUrgency, "whichever is cheaper, time doesnt matter"),
        En(UrgencyEn, AskUrgency, "asap, its for a trade show"),
        En(TrackingEn, AskTracking, "yep need a tracking number"),
        En(TrackingEn, AskTracking, "not needed tbh"),
        En(ReturnsEn, AskReturns, "yes buyers can send it back"),
        En(ReturnsEn, AskReturns, "we dont do returns"),
        En(GoodsEn, AskGoods, "has a lithium cell built in"),
        En(GoodsEn, AskGoods, "just cotton, nothing like that"),
        En(ModelEn, AskModel, "normal people buying for themselves"),
        En(ModelEn, AskModel, "shops and distributors"),
        En(MarketsEn, AskMarkets, "the EU"),
        En(MarketsEn, AskMarkets, "uk, germany and poland"),
        En(CategoryEn, AskCategory, "bike accessories"),
        En(CategoryEn, AskCategory, "kids clothes and shoes"),
        En(BudgetEn, AskBudget, "two thousand bucks"),
        En(BudgetEn, AskBudget, "3k rmb a month"),
        En(ExperienceEn, AskExperience, "sold on amazon for a year or so"),
        En(BrandEn, AskBrand, "yes registered in the us"),
        En(ProblemEn, AskProblem, "customs in brazil want us to pay import tax"),
        En(IssueMarketEn, AskIssueMarket, "its in japan"),
        En(CertificatesEn, AskCertificates, "we have FCC for everything"),

        Zh(WeightZh, AskWeight, "半斤左右"),
        Zh(WeightZh, AskWeight, "一点二公斤"),
        Zh(WeightZh, AskWeight, "差不多三斤"),
        Zh(DimensionsZh, AskDimensions, "30乘20乘10厘米"),
        Zh(DimensionsZh, AskDimensions, "还没装箱呢"),
        Zh(ValueZh, AskValue, "八十五美金"),
        Zh(ValueZh, AskValue, "三百块钱左右"),
        Zh(DestinationZh, AskDestination, "客人在墨尔本"),
        Zh(DestinationZh, AskDestination, "海湾国家"),
        Zh(UrgencyZh, AskUrgency, "哪个便宜走哪个，时间无所谓"),
        Zh(UrgencyZh, AskUrgency, "越快越好，展会要用"),
        Zh(TrackingZh, AskTracking, "需要单号能查"),
        Zh(TrackingZh, AskTracking, "不用追踪"),
        Zh(ReturnsZh, AskReturns, "可以退回来"),
        Zh(ReturnsZh, AskReturns, "我们不做退货"),
        Zh(GoodsZh, AskGoods, "内置一块锂电"),
        Zh(GoodsZh, AskGoods, "纯棉的，没那些"),
        Zh(ModelZh, AskModel, "普通人自己买来用"),
        Zh(ModelZh, AskModel, "卖给店铺和经销商"),
        Zh(MarketsZh, AskMarkets, "欧盟"),
        Zh(MarketsZh, AskMarkets, "英国、德国还有波兰"),
        Zh(CategoryZh, AskCategory, "自行车配件"),
        Zh(CategoryZh, AskCategory, "童装和童鞋"),
        Zh(BudgetZh, AskBudget, "两千美金"),
        Zh(BudgetZh, AskBudget, "每个月三千人民币"),
        Zh(ExperienceZh, AskExperience, "在亚马逊做了一年左右"),
        Zh(BrandZh, AskBrand, "有，在美国注册的"),
        Zh(ProblemZh, AskProblem, "巴西海关让我们交进口税"),
        Zh(IssueMarketZh, AskIssueMarket, "日本的"),
        Zh(CertificatesZh, AskCertificates, "全部都有FCC"),
    ];
}
