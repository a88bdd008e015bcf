using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the twenty-fifth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/>. Written blind before the twenty-fifth pass changed any behaviour, by a
/// helper that wrote only this set and changed no code, from issue #9's text, the README's description and the knowledge
/// data, by imitating how small exporters answer a question in chat. Like the twenty-fifth scenarios this set is
/// REPRESENTATIVE, not a stress test: the replies a typical seller gives at each prompt, in proportion, drawing on the
/// whole range of kinds earlier sets covered (short answers in own words, abbreviations and typos, units and currencies
/// as people type them, a city for the country, a deadline for a speed, hedged and "don't know" answers, mixed English
/// and Chinese), none stressed; spread over the prompts of all four guides, the readiness guide past its budget question
/// included; not from the slot vocabulary and not reusing any earlier wording (checked by a script after lowercasing and
/// removing punctuation, and for shared runs of 6 words or 8 Chinese characters). Each line's comment names the slot the
/// reply should fill. Never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class TwentyFifthPromptReplyCases
{
    private const string AskCashCycle = "finance stock in transit|在途和海外仓库存垫资";
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

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly 2.3kg incl box"),                                        // answer: weight (kg, abbreviation)
        En(WeightEn, AskWeight, "bout 750 grams"),                                                // answer: weight (grams, a typo)
        En(DimensionsEn, AskDimensions, "carton is 42 x 31 x 26 cm"),                                // answer: dimensions
        En(DimensionsEn, AskDimensions, "its 12x9x6 inch"),                                       // answer: dimensions in inches
        En(ValueEn, AskValue, "about 85 bucks"),                                                  // answer: value colloquial (USD)
        En(ValueEn, AskValue, "invoice says 320 EUR"),                                            // answer: value in euros
        En(DestinationEn, AskDestination, "a customer in manchester"),                            // answer: destination (a city: UK)
        En(DestinationEn, AskDestination, "canada, toronto area"),                                // answer: destination (Canada)
        En(UrgencyEn, AskUrgency, "no hurry, cheapest pls"),                                      // answer: urgency economy
        En(UrgencyEn, AskUrgency, "asap, buyer needs it this week"),                              // answer: urgency express
        En(TrackingEn, AskTracking, "ya def"),                                                    // answer: tracking yes
        En(ReturnsEn, AskReturns, "nope, final sale"),                                            // answer: returns no
        En(GoodsEn, AskGoods, "yes, theres a tiny lithium cell in it"),                              // answer: goods battery
        En(GoodsEn, AskGoods, "nothing like that, just plastic"),                                 // answer: goods none
        En(ModelEn, AskModel, "selling direct to end shoppers"),                                           // answer: model B2C
        En(MarketsEn, AskMarkets, "US and canada mainly"),                                        // answer: markets (two countries)
        En(MarketsEn, AskMarkets, "japan i think"),                                               // answer: markets (hedged)
        En(CategoryEn, AskCategory, "led strip lights"),                                          // answer: category lighting
        En(CategoryEn, AskCategory, "dog leashes and harnesses"),                                 // answer: category pet supplies
        En(BudgetEn, AskBudget, "500 usd/mo to start"),                                           // answer: budget
        En(ExperienceEn, AskExperience, "some, 1 yr on ebay"),                                    // answer: experience some
        En(ExperienceEn, AskExperience, "zero online selling so far tbh"),                                  // answer: experience none
        En(BrandEn, AskBrand, "nah, no trademark"),                                               // answer: brand no
        En(ProblemEn, AskProblem, "customer claims nothing showed up, tracking stopped moving weeks ago"),    // answer: problem (lost parcel)
        En(IssueMarketEn, AskIssueMarket, "its a german buyer"),                                             // answer: market
        En(ReadinessEn, AskDifferentiation, "kinda similar to others honestly"),                  // answer: differentiation little
        En(CertificatesEn, AskCertificates, "we got CE and RoHS"),                                // answer: certificates some
        En(SmallBatchesEn, AskSmallBatches, "yes, MOQ 200"),                                      // answer: small batches yes
        En(StaffEn, AskStaff, "2 full-time, 1 part-time"),                                        // answer: staff
        En(CashCycleEn, AskCashCycle, "2 months or so"),                                          // answer: cash cycle (two months)

        Zh(WeightZh, AskWeight, "两公斤左右"),                                                    // answer: weight in words
        Zh(WeightZh, AskWeight, "大概500克"),                                                     // answer: weight in grams
        Zh(DimensionsZh, AskDimensions, "45*35*30厘米"),                                          // answer: dimensions
        Zh(DimensionsZh, AskDimensions, "长50宽40高20"),                                          // answer: dimensions in words
        Zh(ValueZh, AskValue, "三百块人民币"),                                                    // answer: value in yuan
        Zh(ValueZh, AskValue, "申报60美金"),                                                      // answer: value in US dollars
        Zh(DestinationZh, AskDestination, "寄去墨尔本"),                                          // answer: destination (a city: Australia)
        Zh(DestinationZh, AskDestination, "法国巴黎"),                                            // answer: destination (country and city)
        Zh(UrgencyZh, AskUrgency, "不着急，省钱为主"),                                            // answer: urgency economy
        Zh(UrgencyZh, AskUrgency, "越快越好，客户急用"),                                          // answer: urgency express
        Zh(TrackingZh, AskTracking, "要的，全程能查"),                                            // answer: tracking yes
        Zh(ReturnsZh, AskReturns, "售出后不给退"),                                                  // answer: returns no
        Zh(GoodsZh, AskGoods, "里面带一颗纽扣电池"),                                                      // answer: goods battery
        Zh(GoodsZh, AskGoods, "都没有，就是衣服"),                                                // answer: goods none
        Zh(ModelZh, AskModel, "卖给国外的个人买家"),                                              // answer: model B2C
        Zh(MarketsZh, AskMarkets, "日本，还有韩国"),                                                  // answer: markets (two countries)
        Zh(MarketsZh, AskMarkets, "主要是英国吧"),                                                // answer: markets (hedged)
        Zh(CategoryZh, AskCategory, "女款瑜伽裤、运动背心这些"),                                          // answer: category sports or apparel
        Zh(BudgetZh, AskBudget, "一个月大概投五千块"),                                                  // answer: budget
        Zh(ExperienceZh, AskExperience, "在速卖通上开过一年多的店"),                                      // answer: experience some
        Zh(ExperienceZh, AskExperience, "一点跨境经验都没有"),                                            // answer: experience none
        Zh(BrandZh, AskBrand, "有，注册了商标"),                                                  // answer: brand yes
        Zh(ProblemZh, AskProblem, "我们的店突然被封号了"),                                              // answer: problem (account suspension)
        Zh(IssueMarketZh, AskIssueMarket, "美国那边"),                                            // answer: market
        Zh(ReadinessZh, AskDifferentiation, "有一些自己的设计"),                                  // answer: differentiation some
        Zh(TaxRegistrationZh, AskTaxRegistration, "都还没注册"),                                  // answer: registrations none
        Zh(LeadTimeZh, AskLeadTime, "正常十四天左右能出货"),                                                  // answer: lead time (two weeks)
        Zh(LanguageZh, AskLanguage, "业务能用英文跟客户聊"),                                              // answer: language English
        Zh(ReadinessBudgetZh, AskReadinessBudget, "每个月能拿出一万来块"),                            // answer: readiness budget
        Zh(CashCycleZh, AskCashCycle, "三个月没问题"),                                            // answer: cash cycle (three months)
    ];
}
