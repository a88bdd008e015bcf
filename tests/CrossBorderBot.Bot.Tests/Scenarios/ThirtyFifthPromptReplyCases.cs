using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the thirty-fifth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/> (the "thirtyFifth" row of <see cref="HeldOutParts"/>). Written blind before
/// this pass (session 36) changed any behaviour, by a helper that wrote only this set and changed no code, from issue #9's
/// text, the README's description and the knowledge data, by imitating how small exporters answer a question in chat. Like
/// the thirty-fifth scenarios this set is REPRESENTATIVE, not a stress test: the replies a typical seller gives at each
/// prompt, in proportion (short answers in own words, abbreviations, units and currencies as people type them, a city for
/// the country, a deadline for a speed, hedged answers, Latin letters and units inside Chinese replies), none stressed;
/// spread over the prompts of all four guides, the readiness guide past its budget question included; not from the slot
/// vocabulary and not reusing any earlier wording (checked by the same script as the scenarios and openings of this part:
/// see <see cref="ThirtyFifthHeldOutScenarios"/>). Each line's comment names the slot the reply should fill. Never tuned on.
/// The setups reach each prompt the plain way (the same setups as the thirty-fourth part's).
/// </summary>
public static class ThirtyFifthPromptReplyCases
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
    private static readonly string[] LanguageEn = [.. StaffEn, "3"];
    private static readonly string[] LanguageZh = [.. StaffZh, "3"];
    private static readonly string[] ReadinessBudgetEn = [.. LanguageEn, "English only"];
    private static readonly string[] ReadinessBudgetZh = [.. LanguageZh, "只会英语"];
    private static readonly string[] CashCycleEn = [.. ReadinessBudgetEn, "20000"];
    private static readonly string[] CashCycleZh = [.. ReadinessBudgetZh, "20000"];
    private static readonly string[] OnlineExperienceEn = [.. CashCycleEn, "More than 6 months"];
    private static readonly string[] OnlineExperienceZh = [.. CashCycleZh, "6 个月以上"];
    private static readonly string[] DataEn = [.. OnlineExperienceEn, "We already sell on cross-border platforms"];
    private static readonly string[] DataZh = [.. OnlineExperienceZh, "已经在跨境平台销售"];
    private static readonly string[] TrademarkZh = [.. DataZh, "经常"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "little over 2.5 kilos incl packaging"),                                 // answer: weight (kilos, glued unit, hedged)
        En(WeightEn, AskWeight, "roughly 12 oz"),                                               // answer: weight (ounces)
        En(DimensionsEn, AskDimensions, "the carton measures 35 by 25 by 12cm"),                              // answer: dimensions (spaced "x")
        En(DimensionsEn, AskDimensions, "box size unknown, pls skip"),                              // answer: dimensions unknown (skip)
        En(ValueEn, AskValue, "85 euro"),                                                       // answer: value in euros
        En(ValueEn, AskValue, "40 usd on the customs form"),                                          // answer: value (dollars, slang)
        En(DestinationEn, AskDestination, "melbourne, australia"),                             // answer: destination (a city: Australia)
        En(DestinationEn, AskDestination, "a shop just outside rotterdam"),                            // answer: destination (city and country)
        En(DestinationEn, AskDestination, "goes to toronto"),                                    // answer: destination (city and country, no comma)
        En(UrgencyEn, AskUrgency, "the faster the better, its a gift"),                         // answer: urgency express
        En(UrgencyEn, AskUrgency, "no deadline, just normal"),                                  // answer: urgency standard
        En(TrackingEn, AskTracking, "yeah i want to follow it"),                                // answer: tracking yes
        En(ReturnsEn, AskReturns, "yes, 30 days to send it back"),                       // answer: returns yes
        En(GoodsEn, AskGoods, "there's a bottle of hair oil in it"),                            // answer: goods liquids
        En(ModelEn, AskModel, "consumers, through our own website"),                            // answer: model B2C
        En(ModelEn, AskModel, "importers and distributors mainly"),                              // answer: model B2B
        En(MarketsEn, AskMarkets, "the US plus mexico"),                                            // answer: markets (two countries)
        En(CategoryEn, AskCategory, "pet beds, cat scratchers, that kind of stuff"),                                   // answer: category pet supplies
        En(CategoryEn, AskCategory, "hiking backpacks and tents"),                              // answer: category sports and outdoors
        En(BudgetEn, AskBudget, "5000 cny monthly, give or take"),                                              // answer: budget (yuan, "k")
        En(ExperienceEn, AskExperience, "four years on ebay, doing fine"),                // answer: experience (a platform and years)
        En(BrandEn, AskBrand, "no, we sell unbranded"),                                         // answer: brand no
        En(ProblemEn, AskProblem, "buyer got the wrong color and wants a refund"),              // answer: problem (not as described)
        En(IssueMarketEn, AskIssueMarket, "uk customer"),                                       // answer: market
        En(ReadinessEn, AskDifferentiation, "most designs come from our own team"),                  // answer: differentiation unique
        En(QualityEn, AskQualityCheck, "we pull some random pieces and look"),                    // answer: quality spot checks
        En(CertificatesEn, AskCertificates, "every product has CE"),                         // answer: certificates all
        En(StaffEn, AskStaff, "two people full time and a student part time"),                            // answer: staff (a sum in words)
        En(LanguageEn, AskLanguage, "we get by with google translate"),                             // answer: language translation tools
        En(OnlineExperienceEn, AskOnlineExperience, "only offline trade fairs so far"),         // answer: online experience none

        Zh(WeightZh, AskWeight, "大约两千五百克"),                                                     // answer: weight (kilos, in words)
        Zh(WeightZh, AskWeight, "差不多五斤"),                                                   // answer: weight (jin, hedged)
        Zh(DimensionsZh, AskDimensions, "30x20x15cm"),                                         // answer: dimensions (glued unit)
        Zh(DimensionsZh, AskDimensions, "长宽高四十、三十、二十"),                                   // answer: dimensions (in words, listed)
        Zh(ValueZh, AskValue, "三百五十块钱"),                                                   // answer: value in yuan (in words)
        Zh(ValueZh, AskValue, "50美刀"),                                                        // answer: value in dollars (slang)
        Zh(DestinationZh, AskDestination, "温哥华的客户"),                                   // answer: destination (country and city)
        Zh(DestinationZh, AskDestination, "大阪的买家"),                                         // answer: destination (a city: Japan)
        Zh(DestinationZh, AskDestination, "发到迪拜去"),                                              // answer: destination (a city: UAE)
        Zh(UrgencyZh, AskUrgency, "一周之内必须到"),                                             // answer: urgency express (a deadline)
        Zh(UrgencyZh, AskUrgency, "慢点不怕，能省运费就行"),                                       // answer: urgency economy
        Zh(TrackingZh, AskTracking, "不用跟踪，便宜货"),                                         // answer: tracking no
        Zh(ReturnsZh, AskReturns, "一律不退不换"),                                                 // answer: returns no
        Zh(GoodsZh, AskGoods, "有两瓶香水"),                                                     // answer: goods liquids
        Zh(ModelZh, AskModel, "批发给海外门店"),                                               // answer: model B2B
        Zh(MarketsZh, AskMarkets, "想卖日本、韩国"),                                                 // answer: markets (two countries)
        Zh(MarketsZh, AskMarkets, "中东，主要是阿联酋"),                                         // answer: markets (a region and a country)
        Zh(CategoryZh, AskCategory, "车上用的脚垫、座椅套"),                                           // answer: category automotive
        Zh(BudgetZh, AskBudget, "每月八千块钱上下"),                                         // answer: budget (yuan, hedged)
        Zh(ExperienceZh, AskExperience, "跨境我们是纯小白"),                                           // answer: experience none
        Zh(BrandZh, AskBrand, "有的，商标已注册"),                                                 // answer: brand yes
        Zh(ProblemZh, AskProblem, "平台把我的店铺封掉了"),                                             // answer: problem (account suspension)
        Zh(IssueMarketZh, AskIssueMarket, "德国的订单"),                                         // answer: market
        Zh(ReadinessZh, AskDifferentiation, "同行卖的款我们也在卖"),                                 // answer: differentiation same as others
        Zh(QualityZh, AskQualityCheck, "出货前都会约第三方公司上门验货"),                                   // answer: quality systematic
        Zh(TaxRegistrationZh, AskTaxRegistration, "德国VAT已经有了"),                           // answer: tax registration yes
        Zh(LeadTimeZh, AskLeadTime, "大概二十天"),                                               // answer: lead time (days, hedged)
        Zh(CashCycleZh, AskCashCycle, "估计能撑两到三个月"),                                             // answer: cash cycle (months, a range)
        Zh(DataZh, AskData, "有空的时候看一下店铺数据"),                                                 // answer: data sometimes
        Zh(TrademarkZh, AskTrademark, "只在国内注册了"),                                         // answer: trademark China only
    ];
}
