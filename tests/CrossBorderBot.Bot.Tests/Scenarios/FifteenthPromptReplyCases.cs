using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the fifteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written blind before the fifteenth pass changed any behaviour, by a
/// helper that wrote only this set, from issue #9's text and by imitating how sellers answer a question in chat
/// (typos, slang and shorthand, amounts and weights in words, mixed languages, "dont know" / "随便", an answer with a
/// reason, a question back, a correction of an earlier answer, a command), over the prompts of all four guides; not
/// from the slot vocabulary and not reusing any earlier wording (checked mechanically). Each line's comment names the
/// slot the reply should fill, or the kind of reply it is (question, correction, command). Never tuned on. The setups
/// reach each prompt the plain way.
/// </summary>
public static class FifteenthPromptReplyCases
{
    private const string AskTaxRegistration = "VAT/GST, IOSS|增值税/GST";
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];
    private static readonly string[] TaxRegistrationEn = [.. CertificatesEn, "For some products or markets"];
    private static readonly string[] TaxRegistrationZh = [.. CertificatesZh, "部分产品或市场有"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "bout 2 kilo"),                                    // answer: weight (slang)
        En(WeightEn, AskWeight, "a pound and a half"),                             // answer: weight (in words, imperial)
        En(DimensionsEn, AskDimensions, "approx 40cm x 30cm x 20cm"),              // answer: dimensions
        En(DimensionsEn, AskDimensions, "dont have the box yet"),                  // answer: dimensions unknown
        En(ValueEn, AskValue, "around 25 quid"),                                   // answer: value (slang currency)
        En(ValueEn, AskValue, "twelve bucks"),                                     // answer: value (in words)
        En(DestinationEn, AskDestination, "germnay"),                               // answer: destination (typo)
        En(DestinationEn, AskDestination, "to a customer near toronto"),           // answer: destination (a city)
        En(UrgencyEn, AskUrgency, "asap pls, buyer is waiting"),                                       // answer: urgency
        En(UrgencyEn, AskUrgency, "a couple weeks is fine"),                       // answer: urgency
        En(UrgencyEn, AskUrgency, "oops the weight is 2 kg actually"),             // correction: weight
        En(TrackingEn, AskTracking, "ya need tracking"),                           // answer: tracking
        En(ReturnsEn, AskReturns, "yes, buyers can send it back within a month"),               // answer: returns
        En(GoodsEn, AskGoods, "it has a lithium battery inside"),                  // answer: sensitive goods
        En(GoodsEn, AskGoods, "what counts as a liquid?"),                         // question
        En(ModelEn, AskModel, "selling to regular people online"),                 // answer: model
        En(MarketsEn, AskMarkets, "usa and canada mainly"),                        // answer: markets (two)
        En(CategoryEn, AskCategory, "home decor n candles"),                       // answer: category (two products)
        En(BudgetEn, AskBudget, "about 1k usd per month"),                         // answer: budget
        En(BudgetEn, AskBudget, "how much is shopify monthly anyway?"),              // question
        En(ExperienceEn, AskExperience, "zero, total beginners"),                  // answer: experience
        En(BrandEn, AskBrand, "yep we got a registered trademark"),                // answer: brand
        En(ProblemEn, AskProblem, "amazon shut down our seller account yesterday"), // answer: problem type
        En(ProblemEn, AskProblem, "customs in france are holding our parcel"),     // answer: problem type (with market)
        En(IssueMarketEn, AskIssueMarket, "its the uk store"),                       // answer: issue market
        En(ReadinessEn, AskDifferentiation, "we tweak the designs a bit, custom colours"), // answer: differentiation
        En(QualityEn, AskQualityCheck, "we just trust the factory tbh"),           // answer: quality check
        En(CertificatesEn, AskCertificates, "CE for everything, all markets"),     // answer: certificates
        En(CertificatesEn, AskCertificates, "lets stop here, cancel that"),        // command: cancel
        En(TaxRegistrationEn, AskTaxRegistration, "not really, no"),               // answer: tax registration

        Zh(WeightZh, AskWeight, "一公斤出头"),                                     // answer: weight
        Zh(WeightZh, AskWeight, "大概八两"),                                       // answer: weight (liang)
        Zh(DimensionsZh, AskDimensions, "32*22*15公分"),                           // answer: dimensions
        Zh(DimensionsZh, AskDimensions, "箱子还没定，不知道"),                     // answer: dimensions unknown
        Zh(ValueZh, AskValue, "八十多块钱"),                                       // answer: value (in words)
        Zh(ValueZh, AskValue, "五十美金左右吧"),                                   // answer: value (in words)
        Zh(DestinationZh, AskDestination, "发去阿联酋迪拜"),                       // answer: destination
        Zh(DestinationZh, AskDestination, "菲律滨"),                               // answer: destination (typo)
        Zh(UrgencyZh, AskUrgency, "急件，越快越好哈"),                             // answer: urgency
        Zh(UrgencyZh, AskUrgency, "无所谓，便宜就行"),                             // answer: urgency default
        Zh(UrgencyZh, AskUrgency, "刚才目的地说错了，是意大利"),                   // correction: destination
        Zh(TrackingZh, AskTracking, "得能追踪到"),                                 // answer: tracking
        Zh(ReturnsZh, AskReturns, "不接受退货的"),                                 // answer: returns
        Zh(GoodsZh, AskGoods, "带纽扣电池"),                                       // answer: sensitive goods
        Zh(GoodsZh, AskGoods, "香水算液体吗？"),                                   // question
        Zh(ModelZh, AskModel, "做批发，卖给店铺"),                                 // answer: model
        Zh(ModelZh, AskModel, "2C为主"),                                           // answer: model (shorthand)
        Zh(MarketsZh, AskMarkets, "美加两个市场"),                                 // answer: markets (two)
        Zh(BudgetZh, AskBudget, "一个月一万块以内"),                               // answer: budget
        Zh(BudgetZh, AskBudget, "随便，你定"),                                     // answer: budget default
        Zh(ExperienceZh, AskExperience, "在淘宝开过店，跨境没做过"),               // answer: experience
        Zh(BrandZh, AskBrand, "商标在注册中"),                                     // answer: brand
        Zh(BrandZh, AskBrand, "没有品牌能上亚马逊吗？"),                           // question
        Zh(ProblemZh, AskProblem, "买家说收到的货少了两件"),                       // answer: problem type
        Zh(ProblemZh, AskProblem, "店铺被速卖通冻结了"),                           // answer: problem type (with platform)
        Zh(IssueMarketZh, AskIssueMarket, "德国站的"),                             // answer: issue market
        Zh(ReadinessZh, AskDifferentiation, "有些小改动，比如包装不一样"),         // answer: differentiation
        Zh(QualityZh, AskQualityCheck, "我们自己的质检员每单都查"),                // answer: quality check
        Zh(CertificatesZh, AskCertificates, "不太清楚要什么证"),                   // answer: certificates
        Zh(TaxRegistrationZh, AskTaxRegistration, "不做了，退出吧"),               // command: cancel
    ];
}
