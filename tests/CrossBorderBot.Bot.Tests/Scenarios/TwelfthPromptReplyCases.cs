using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the twelfth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written before the twelfth pass changed any behaviour, by imitating
/// how sellers answer a question in chat (amounts and weights in words and shorthand, typos, regions, several places,
/// "no idea", cities, mixed languages, answers wrapped in a sentence), not from the slot vocabulary and not reusing
/// earlier sets' wordings; never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class TwelfthPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "a bit under two kilos"),
        En(WeightEn, AskWeight, "approx 750 grams"),
        En(WeightEn, AskWeight, "3 lbs or so"),
        En(DimensionsEn, AskDimensions, "box is 40x30x20"),
        En(DimensionsEn, AskDimensions, "no measurements sorry"),
        En(ValueEn, AskValue, "about a hundred and twenty bucks"),
        En(ValueEn, AskValue, "45 euro"),
        En(DestinationEn, AskDestination, "buyer lives in toronto"),
        En(DestinationEn, AskDestination, "scandinavia"),
        En(UrgencyEn, AskUrgency, "no rush, cheapest pls"),
        En(UrgencyEn, AskUrgency, "must land within 3 days"),
        En(TrackingEn, AskTracking, "definitely want tracking"),
        En(TrackingEn, AskTracking, "nah doesnt matter"),
        En(ReturnsEn, AskReturns, "yeah we accept returns"),
        En(ReturnsEn, AskReturns, "no returns on these"),
        En(GoodsEn, AskGoods, "theres a small battery inside"),
        En(GoodsEn, AskGoods, "nope just plastic"),
        En(ModelEn, AskModel, "selling straight to shoppers"),
        En(ModelEn, AskModel, "wholesale to other businesses"),
        En(MarketsEn, AskMarkets, "mostly europe"),
        En(MarketsEn, AskMarkets, "france, spain and italy"),
        En(CategoryEn, AskCategory, "phone cases and chargers"),
        En(CategoryEn, AskCategory, "handmade soap"),
        En(BudgetEn, AskBudget, "fifteen hundred usd"),
        En(BudgetEn, AskBudget, "maybe 5k a month"),
        En(ExperienceEn, AskExperience, "been on shopee for 2 years"),
        En(BrandEn, AskBrand, "nope, white label for now"),
        En(ProblemEn, AskProblem, "the buyer got it smashed"),
        En(IssueMarketEn, AskIssueMarket, "mexico"),
        En(CertificatesEn, AskCertificates, "we have CE and RoHS"),

        Zh(WeightZh, AskWeight, "不到两公斤"),
        Zh(WeightZh, AskWeight, "七百五十克左右"),
        Zh(WeightZh, AskWeight, "两斤多点"),
        Zh(DimensionsZh, AskDimensions, "箱子40*30*20"),
        Zh(DimensionsZh, AskDimensions, "没量过，不知道"),
        Zh(ValueZh, AskValue, "一百二十美元左右"),
        Zh(ValueZh, AskValue, "45欧元"),
        Zh(DestinationZh, AskDestination, "买家在多伦多"),
        Zh(DestinationZh, AskDestination, "北欧"),
        Zh(UrgencyZh, AskUrgency, "不着急，便宜就好"),
        Zh(UrgencyZh, AskUrgency, "三天之内得送到"),
        Zh(TrackingZh, AskTracking, "一定要能追踪"),
        Zh(TrackingZh, AskTracking, "追不追踪都无所谓"),
        Zh(ReturnsZh, AskReturns, "支持退货的"),
        Zh(ReturnsZh, AskReturns, "这批不退"),
        Zh(GoodsZh, AskGoods, "里面有块小电池"),
        Zh(GoodsZh, AskGoods, "没有，就是塑料的"),
        Zh(ModelZh, AskModel, "直接卖给买家个人"),
        Zh(ModelZh, AskModel, "批发给别的公司"),
        Zh(MarketsZh, AskMarkets, "主要是欧洲"),
        Zh(MarketsZh, AskMarkets, "法国、西班牙和意大利"),
        Zh(CategoryZh, AskCategory, "手机壳和充电器"),
        Zh(CategoryZh, AskCategory, "手工皂"),
        Zh(BudgetZh, AskBudget, "一千五美元"),
        Zh(BudgetZh, AskBudget, "一个月五千块左右"),
        Zh(ExperienceZh, AskExperience, "在虾皮做了两年"),
        Zh(BrandZh, AskBrand, "没有，目前是贴牌"),
        Zh(ProblemZh, AskProblem, "买家说东西到了是坏的"),
        Zh(IssueMarketZh, AskIssueMarket, "墨西哥"),
        Zh(CertificatesZh, AskCertificates, "有CE和RoHS"),
    ];
}
