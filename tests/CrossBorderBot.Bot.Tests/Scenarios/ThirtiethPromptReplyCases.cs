using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the thirtieth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/> (the "thirtieth" row of <see cref="HeldOutParts"/>). Written blind before this
/// pass (session 31) changed any behaviour, by a helper that wrote only this set and changed no code, from issue #9's text,
/// the README's description and the knowledge data, by imitating how small exporters answer a question in chat. Like the
/// thirtieth scenarios this set is REPRESENTATIVE, not a stress test: the replies a typical seller gives at each prompt, in
/// proportion, drawing on the whole range of kinds earlier sets covered (short answers in own words, abbreviations, units
/// and currencies as people type them, a city for the country, a deadline for a speed, hedged answers, Latin letters and
/// units inside Chinese replies), none stressed; spread over the prompts of all four guides, the readiness guide past its
/// budget question included; not from the slot vocabulary and not reusing any earlier wording (checked by a script after
/// lowercasing and removing punctuation, and for shared runs of 6 words or 8 Chinese characters). Each line's comment
/// names the slot the reply should fill. Never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class ThirtiethPromptReplyCases
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
    private static readonly string[] TrademarkZh = [.. OnlineExperienceZh, "已经在跨境平台销售", "经常"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly 2.5 kilos incl. box"),                                   // answer: weight (kilos, hedged)
        En(WeightEn, AskWeight, "just under 3 lbs"),                                               // answer: weight (pounds)
        En(DimensionsEn, AskDimensions, "carton 33x24x18cm"),                                      // answer: dimensions (a carton)
        En(DimensionsEn, AskDimensions, "roughly a shoebox, 35x22x13"),                            // answer: dimensions (no unit)
        En(ValueEn, AskValue, "we'll declare 150 usd"),                                            // answer: value (USD)
        En(ValueEn, AskValue, "sold it for 75 GBP"),                                               // answer: value in pounds
        En(DestinationEn, AskDestination, "going to a customer in lyon"),                          // answer: destination (a city: France)
        En(DestinationEn, AskDestination, "riyadh, saudi arabia"),                                 // answer: destination (city and country)
        En(UrgencyEn, AskUrgency, "asap, the client needs it in 3 days"),                          // answer: urgency express (a deadline)
        En(UrgencyEn, AskUrgency, "cheapest is fine, no deadline"),                                // answer: urgency economy
        En(TrackingEn, AskTracking, "yes, with a tracking number please"),                         // answer: tracking yes
        En(ReturnsEn, AskReturns, "no, sales are final"),                                               // answer: returns no
        En(GoodsEn, AskGoods, "there is a little lithium cell in it"),                            // answer: goods battery
        En(GoodsEn, AskGoods, "neither, it's a metal tool"),                                       // answer: goods none
        En(ModelEn, AskModel, "we sell wholesale to shops"),                                       // answer: model B2B
        En(MarketsEn, AskMarkets, "germany, france, and italy too"),                                    // answer: markets (three countries)
        En(MarketsEn, AskMarkets, "mostly japan"),                                                 // answer: markets (one country, hedged)
        En(CategoryEn, AskCategory, "clothes for kids 3-10"),                                              // answer: category apparel
        En(CategoryEn, AskCategory, "garden hoses and sprinklers"),                                // answer: category home and garden
        En(BudgetEn, AskBudget, "around 1500 dollars monthly"),                                    // answer: budget (US dollars in words)
        En(ExperienceEn, AskExperience, "none, brand new to this"),                                // answer: experience none
        En(BrandEn, AskBrand, "yes, our mark is registered in the EU"),                                        // answer: brand yes
        En(ProblemEn, AskProblem, "customs in australia is holding my parcel"),                    // answer: problem (customs hold)
        En(IssueMarketEn, AskIssueMarket, "it was a buyer in canada"),                             // answer: market
        En(ReadinessEn, AskDifferentiation, "pretty generic, same as others"),                     // answer: differentiation same as others
        En(QualityEn, AskQualityCheck, "we check a few random units now and then"),                              // answer: quality spot checks
        En(CertificatesEn, AskCertificates, "not sure which ones we need"),                        // answer: certificates unknown
        En(StaffEn, AskStaff, "two full-timers"),                                                  // answer: staff (two, in words)
        En(ReadinessBudgetEn, AskReadinessBudget, "about 8k CNY a month"),                         // answer: readiness budget (8,000)
        En(DataEn, AskData, "we check search terms and ad reports every week"),                    // answer: data regularly

        Zh(WeightZh, AskWeight, "三公斤不到"),                                                     // answer: weight (kilos in words, hedged)
        Zh(WeightZh, AskWeight, "800g左右"),                                                       // answer: weight (grams, Latin unit)
        Zh(DimensionsZh, AskDimensions, "长40，宽30，高20公分"),                                           // answer: dimensions (length, width, height)
        Zh(DimensionsZh, AskDimensions, "25x18x10厘米"),                                           // answer: dimensions (one unit at the end)
        Zh(ValueZh, AskValue, "申报五十美元"),                                                     // answer: value in US dollars (words)
        Zh(ValueZh, AskValue, "货值差不多一千二人民币"),                                                 // answer: value in yuan (words)
        Zh(DestinationZh, AskDestination, "发澳洲悉尼"),                                           // answer: destination (country and city)
        Zh(DestinationZh, AskDestination, "土耳其伊斯坦布尔那边"),                                 // answer: destination (country and city)
        Zh(UrgencyZh, AskUrgency, "客户催得紧，要快"),                                             // answer: urgency express
        Zh(UrgencyZh, AskUrgency, "慢点没关系，省钱就行"),                                         // answer: urgency economy
        Zh(TrackingZh, AskTracking, "要可以查轨迹的"),                                             // answer: tracking yes
        Zh(ReturnsZh, AskReturns, "卖出去就不给退了"),                                                   // answer: returns no
        Zh(GoodsZh, AskGoods, "有一瓶香水"),                                                       // answer: goods liquid
        Zh(GoodsZh, AskGoods, "都没有，就是塑料玩具"),                                             // answer: goods none
        Zh(ModelZh, AskModel, "面向终端消费者"),                                                   // answer: model B2C
        Zh(MarketsZh, AskMarkets, "东南亚吧，打算先从泰国开始"),                                             // answer: markets (a region, one country first)
        Zh(MarketsZh, AskMarkets, "美国，还有英国"),                                                   // answer: markets (two countries)
        Zh(CategoryZh, AskCategory, "女士包包"),                                                   // answer: category bags
        Zh(CategoryZh, AskCategory, "LED灯带和吸顶灯"),                                            // answer: category lighting
        Zh(BudgetZh, AskBudget, "每个月八千人民币"),                                               // answer: budget (yuan)
        Zh(ExperienceZh, AskExperience, "没有经验，刚起步"),                                       // answer: experience none
        Zh(BrandZh, AskBrand, "没有，还在申请中"),                                                 // answer: brand no
        Zh(ProblemZh, AskProblem, "亚马逊说我们侵权了，链接被删"),                                 // answer: problem (IP complaint)
        Zh(IssueMarketZh, AskIssueMarket, "日本的订单"),                                           // answer: market
        Zh(ReadinessZh, AskDifferentiation, "有些改进，主要是包装不同"),                           // answer: differentiation some
        Zh(QualityZh, AskQualityCheck, "找外面的验货公司来验"),                                      // answer: quality systematic
        Zh(CertificatesZh, AskCertificates, "有一部分产品做了CE"),                                 // answer: certificates some
        Zh(TaxRegistrationZh, AskTaxRegistration, "都办好了"),                                     // answer: tax registration yes
        Zh(LeadTimeZh, AskLeadTime, "半个月左右"),                                                 // answer: lead time (about 15 days)
        Zh(TrademarkZh, AskTrademark, "只在国内注册过"),                                           // answer: trademark China only
    ];
}
