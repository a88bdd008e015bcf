using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the twenty-second pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/>. Written blind before the twenty-second pass changed any behaviour, by
/// a helper that wrote only this set and changed no code, from issue #9's text, the README's description and the
/// knowledge data, and by imitating how small exporters answer a question in chat: weights in ounces, 两 and "a bit
/// over", sizes in inches and as "about a shoebox", values as a unit price times a count, in 万 and with the currency
/// after the number, places given as a city, a port or a state with its city, speeds as a date, returns as a policy,
/// goods named with English terms (Li-ion), markets as a region with a country first or two countries in short form
/// (only markets the data holds), categories as products, budgets per year or per day, experience told as a story,
/// brands registered at home only, problems told with a platform, readiness answers in own words; spread over the
/// prompts of all four guides; not from the slot vocabulary and not reusing any earlier wording (checked by a script
/// after lowercasing and removing punctuation, and for shared runs of 6 words or 8 Chinese characters). Each line's
/// comment names the slot the reply should fill. Never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class TwentySecondPromptReplyCases
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

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "a bit over 4 lbs"),                                              // answer: weight in pounds
        En(WeightEn, AskWeight, "about 12 oz incl. packaging"),                                   // answer: weight in ounces
        En(DimensionsEn, AskDimensions, "14 x 10 x 6 inches"),                                    // answer: dimensions in inches
        En(DimensionsEn, AskDimensions, "roughly a shoebox, 33 by 20 by 12"),                     // answer: dimensions with filler
        En(ValueEn, AskValue, "12 pcs at 8 dollars each"),                                        // answer: value as count times price
        En(ValueEn, AskValue, "invoice says 260 EUR"),                                            // answer: value in euros
        En(DestinationEn, AskDestination, "a retailer in Osaka"),                                 // answer: destination (a city)
        En(DestinationEn, AskDestination, "going to Jeddah, saudi"),                              // answer: destination (a port city)
        En(UrgencyEn, AskUrgency, "needs to be there before christmas, so fairly fast"),          // answer: urgency fast
        En(UrgencyEn, AskUrgency, "whenever, slow boat is ok"),                                   // answer: urgency slow
        En(TrackingEn, AskTracking, "nah, a cheap untracked one is fine"),                        // answer: tracking no
        En(ReturnsEn, AskReturns, "we offer 30 day returns"),                                     // answer: returns yes (a policy)
        En(GoodsEn, AskGoods, "it's a Li-ion drill battery pack"),                                // answer: goods battery
        En(GoodsEn, AskGoods, "just socks lol"),                                                  // answer: goods none
        En(ModelEn, AskModel, "mostly to distributors, some direct"),                             // answer: model B2B (mixed)
        En(MarketsEn, AskMarkets, "spain and italy, mostly spain tho"),                 // answer: markets (several)
        En(MarketsEn, AskMarkets, "the middle east, saudi first"),                                // answer: markets (region, country)
        En(CategoryEn, AskCategory, "car phone mounts and dash cams"),                            // answer: category (two products)
        En(CategoryEn, AskCategory, "LED grow lights"),                                           // answer: category lighting
        En(BudgetEn, AskBudget, "around 20k usd a year"),                                         // answer: budget per year
        En(BudgetEn, AskBudget, "maybe 50 bucks a day on ads"),                                   // answer: budget per day
        En(ExperienceEn, AskExperience, "tried shopee for 3 months then stopped"),                 // answer: experience a little
        En(BrandEn, AskBrand, "yep, trademark registered with the EUIPO"),                      // answer: brand yes
        En(ProblemEn, AskProblem, "buyer in texas opened a chargeback saying item never arrived"), // answer: problem (chargeback)
        En(ProblemEn, AskProblem, "our listings got removed over missing GPSR info"),             // answer: problem GPSR
        En(IssueMarketEn, AskIssueMarket, "it's a parcel to Manila"),                             // answer: market (a city)
        En(ReadinessEn, AskDifferentiation, "we tweak packaging and bundle accessories"),         // answer: differentiation some
        En(QualityEn, AskQualityCheck, "we hire SGS to inspect before shipping"),                 // answer: quality third party
        En(TaxRegistrationEn, AskTaxRegistration, "only VAT in the UK so far"),                   // answer: tax registration partly
        En(StaffEn, AskStaff, "me plus an intern"),                                               // answer: staff in words

        Zh(WeightZh, AskWeight, "十两左右"),                                                      // answer: weight in 两
        Zh(WeightZh, AskWeight, "2kg不到"),                                                       // answer: weight mixed units
        Zh(DimensionsZh, AskDimensions, "跟鞋盒差不多大，35x22x13"),                              // answer: dimensions with filler
        Zh(DimensionsZh, AskDimensions, "60公分见方的箱子"),                                      // answer: dimensions (a cube)
        Zh(ValueZh, AskValue, "一件15美金，一共10件"),                                            // answer: value as count times price
        Zh(ValueZh, AskValue, "1.5万人民币"),                                                     // answer: value in 万
        Zh(DestinationZh, AskDestination, "客户在釜山"),                                          // answer: destination (a port city)
        Zh(DestinationZh, AskDestination, "寄到加州洛杉矶"),                                      // answer: destination (state and city)
        Zh(UrgencyZh, AskUrgency, "下个月15号之前要到"),                                          // answer: urgency (a date)
        Zh(UrgencyZh, AskUrgency, "时效无所谓，省钱第一"),                                        // answer: urgency slow
        Zh(TrackingZh, AskTracking, "不用全程，有个妥投记录就行"),                                // answer: tracking (basic)
        Zh(ReturnsZh, AskReturns, "支持七天无理由"),                                              // answer: returns yes (a policy)
        Zh(GoodsZh, AskGoods, "有发胶，算液体吧"),                                                // answer: goods liquid
        Zh(GoodsZh, AskGoods, "Li-ion电池，内置的"),                                              // answer: goods battery (mixed language)
        Zh(ModelZh, AskModel, "主要给海外批发商供货"),                                            // answer: model B2B
        Zh(ModelZh, AskModel, "2C为主，偶尔接小B的单"),                                           // answer: model B2C (mixed)
        Zh(MarketsZh, AskMarkets, "日韩两个市场"),                                                // answer: markets (two, abbreviated)
        Zh(MarketsZh, AskMarkets, "北美，美加都做"),                                              // answer: markets (region, two)
        Zh(CategoryZh, AskCategory, "汽车脚垫和座套"),                                                  // answer: category automotive
        Zh(CategoryZh, AskCategory, "手工皂和精油"),                                              // answer: category beauty
        Zh(BudgetZh, AskBudget, "一年大概十万"),                                                  // answer: budget per year
        Zh(BudgetZh, AskBudget, "五千以内"),                                                      // answer: budget (upper bound)
        Zh(ExperienceZh, AskExperience, "在Wish上卖过，后来关了"),                                // answer: experience some
        Zh(BrandZh, AskBrand, "国内有注册商标，国外还没申请"),       // answer: brand (home only)
        Zh(ProblemZh, AskProblem, "沃尔玛把我们的店封了"),                                        // answer: problem account suspension
        Zh(ProblemZh, AskProblem, "货到了墨西哥被海关扣下了"),                                    // answer: problem customs hold
        Zh(IssueMarketZh, AskIssueMarket, "发去澳洲的那单"),                                      // answer: market
        Zh(CertificatesZh, AskCertificates, "只有部分产品做了CE"),                                // answer: certificates some
        Zh(SmallBatchesZh, AskSmallBatches, "起订量五百件，小单不接"),                            // answer: small batches no
        Zh(LeadTimeZh, AskLeadTime, "一般两周能出货"),                                            // answer: lead time
    ];
}
