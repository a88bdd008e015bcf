using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the twenty-first pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/>. Written blind before the twenty-first pass changed any behaviour, by
/// a helper that wrote only this set and changed no code, from issue #9's text, the README's description and the
/// knowledge data, and by imitating how small exporters answer a question in chat: weights in pounds and 斤 and "shy of",
/// a cube given by one side, sizes not known yet, prices the buyer paid, amounts with 出头 and "k", places given as a
/// city, a warehouse near a port or a region, two markets in one reply, "only if defective", goods named instead of yes,
/// people counted in halves, shorthand and a question back, spread over the prompts of all four guides; not from the slot
/// vocabulary and not reusing any earlier wording (checked by a script after lowercasing and removing punctuation, and for
/// shared runs of 6 words or 8 Chinese characters). Each line's comment names the slot the reply should fill, or the kind
/// of reply it is (question). Never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class TwentyFirstPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];
    private static readonly string[] TaxRegistrationEn = [.. CertificatesEn, "For some products or markets"];
    private static readonly string[] TaxRegistrationZh = [.. CertificatesZh, "部分产品或市场有"];
    private static readonly string[] SmallBatchesEn = [.. TaxRegistrationEn, "Yes"];
    private static readonly string[] SmallBatchesZh = [.. TaxRegistrationZh, "是"];
    private static readonly string[] LeadTimeEn = [.. SmallBatchesEn, "Yes"];
    private static readonly string[] LeadTimeZh = [.. SmallBatchesZh, "能"];
    private static readonly string[] StaffEn = [.. LeadTimeEn, "20"];
    private static readonly string[] StaffZh = [.. LeadTimeZh, "20"];
    private static readonly string[] LanguageZh = [.. StaffZh, "2"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "shy of 2 kilos, maybe 1.9"),                                     // answer: weight (approximate)
        En(WeightEn, AskWeight, "3 pounds or so"),                                                // answer: weight in pounds
        En(DimensionsEn, AskDimensions, "it's a 25cm cube"),                                      // answer: dimensions (one side of a cube)
        En(DimensionsEn, AskDimensions, "no idea, haven't boxed it yet"),                         // answer: dimensions not known
        En(ValueEn, AskValue, "the buyer pays us 45 bucks"),                                      // answer: value (price paid)
        En(ValueEn, AskValue, "like 1.2k usd for the whole carton"),                              // answer: value in k
        En(DestinationEn, AskDestination, "a warehouse near Hamburg"),                            // answer: destination (a port city)
        En(DestinationEn, AskDestination, "the buyer's in Cape Town"),                            // answer: destination (a city)
        En(UrgencyEn, AskUrgency, "a few weeks is totally fine"),                                 // answer: urgency slow
        En(UrgencyEn, AskUrgency, "asap, the buyer keeps chasing"),                               // answer: urgency fast
        En(TrackingEn, AskTracking, "tracking would help, buyers always ask"),                    // answer: tracking yes (a wish)
        En(ReturnsEn, AskReturns, "only if it arrives defective"),                                // answer: returns (partly)
        En(GoodsEn, AskGoods, "perfume bottles, so liquid yes"),                                  // answer: goods liquid
        En(GoodsEn, AskGoods, "a wristwatch with a button cell"),                                 // answer: goods battery (contained)
        En(ModelEn, AskModel, "we sell to stores, not end users"),                                // answer: model B2B
        En(MarketsEn, AskMarkets, "japan + south korea"),                                         // answer: markets (two)
        En(MarketsEn, AskMarkets, "anywhere in latin america"),                                   // answer: markets (a region)
        En(CategoryEn, AskCategory, "insulated mugs and tumblers"),                               // answer: category kitchen
        En(CategoryEn, AskCategory, "dog leashes and collars"),                                   // answer: category pet supplies
        En(BudgetEn, AskBudget, "max 2 grand a month"),                                           // answer: budget in words
        En(BudgetEn, AskBudget, "tight, like 200 dollars"),                                       // answer: budget small
        En(ExperienceEn, AskExperience, "we've done ebay for about a year"),                      // answer: experience some
        En(BrandEn, AskBrand, "trademark is pending in the US"),                                  // answer: brand (pending)
        En(ProblemEn, AskProblem, "canadian customs is holding our shipment"),                    // answer: problem customs hold
        En(ProblemEn, AskProblem, "amazon flagged our logo for an ip complaint"),                // answer: problem IP complaint
        En(IssueMarketEn, AskIssueMarket, "the customer lives in Madrid"),                        // answer: market (a city)
        En(ReadinessEn, AskDifferentiation, "half our range is unique, half is generic"),         // answer: differentiation (mixed)
        En(QualityEn, AskQualityCheck, "we don't really check, factory ships direct"),            // answer: quality none
        En(CertificatesEn, AskCertificates, "UKCA and CE both done"),                             // answer: certificates yes
        En(StaffEn, AskStaff, "one and a half people really"),                                    // answer: staff in words

        Zh(WeightZh, AskWeight, "三斤多一点"),                                                    // answer: weight in 斤
        Zh(WeightZh, AskWeight, "大概800克"),                                                     // answer: weight in grams
        Zh(DimensionsZh, AskDimensions, "长52宽31高18"),                                          // answer: dimensions in words
        Zh(DimensionsZh, AskDimensions, "货还没装箱，尺寸未知"),                                      // answer: dimensions not known
        Zh(ValueZh, AskValue, "一百美金出头"),                                                    // answer: value approximate
        Zh(ValueZh, AskValue, "货值不高，几十块钱"),                                              // answer: value vague
        Zh(DestinationZh, AskDestination, "收件人住多伦多"),                                        // answer: destination (a city)
        Zh(DestinationZh, AskDestination, "发去新西兰奥克兰"),                                    // answer: destination country and city
        Zh(UrgencyZh, AskUrgency, "半个月内到就可以"),                                            // answer: urgency standard
        Zh(UrgencyZh, AskUrgency, "尽快吧，客户等着用"),                                          // answer: urgency fast
        Zh(TrackingZh, AskTracking, "能查到签收就行"),                                            // answer: tracking (basic)
        Zh(ReturnsZh, AskReturns, "质量问题可以退"),                                              // answer: returns (partly)
        Zh(GoodsZh, AskGoods, "里面有纽扣电池"),                                                  // answer: goods battery
        Zh(GoodsZh, AskGoods, "有几瓶精油"),                                                      // answer: goods liquid
        Zh(ModelZh, AskModel, "做外贸批发，客户是超市"),                                          // answer: model B2B
        Zh(ModelZh, AskModel, "做零售，买家都是个人"),                                                  // answer: model B2C
        Zh(MarketsZh, AskMarkets, "中东，主要是沙特"),                                            // answer: markets (region, country)
        Zh(MarketsZh, AskMarkets, "欧洲那边，德法意西"),                                          // answer: markets (four, abbreviated)
        Zh(CategoryZh, AskCategory, "露营用的帐篷和睡袋"),                                              // answer: category outdoors
        Zh(CategoryZh, AskCategory, "儿童积木"),                                                  // answer: category toys
        Zh(BudgetZh, AskBudget, "一个月最多一万块"),                                                  // answer: budget (upper bound)
        Zh(BudgetZh, AskBudget, "没多少，两千块"),                                                // answer: budget in words
        Zh(ExperienceZh, AskExperience, "做过两年亚马逊日本站"),                                  // answer: experience some
        Zh(ExperienceZh, AskExperience, "完全新手"),                                              // answer: experience none
        Zh(BrandZh, AskBrand, "有个牌子，商标还在申请中"),                                        // answer: brand (pending)
        Zh(ProblemZh, AskProblem, "Temu上好多差评说质量不好"),                                    // answer: problem bad reviews
        Zh(ProblemZh, AskProblem, "欧盟那边要我们提供EPR注册号"),                                 // answer: problem EPR number
        Zh(IssueMarketZh, AskIssueMarket, "美国的订单"),                                          // answer: market
        Zh(ReadinessZh, AskDifferentiation, "基本上都是公模"),                                    // answer: differentiation none
        Zh(LanguageZh, AskLanguage, "只能用英语回"),                                              // answer: language English only
    ];
}
