using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the thirty-fourth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/> (the "thirtyFourth" row of <see cref="HeldOutParts"/>). Written blind before
/// this pass (session 35) changed any behaviour, by a helper that wrote only this set and changed no code, from issue #9's
/// text, the README's description and the knowledge data, by imitating how small exporters answer a question in chat. Like
/// the thirty-fourth scenarios this set is REPRESENTATIVE, not a stress test: the replies a typical seller gives at each
/// prompt, in proportion (short answers in own words, abbreviations, units and currencies as people type them, a city for
/// the country, a deadline for a speed, hedged answers, Latin letters and units inside Chinese replies), none stressed;
/// spread over the prompts of all four guides, the readiness guide past its budget question included; not from the slot
/// vocabulary and not reusing any earlier wording (checked by a script after lowercasing and removing punctuation, and
/// for shared runs of 6 words or 8 Chinese characters, with the scenarios and openings of this part: see
/// <see cref="ThirtyFourthHeldOutScenarios"/>). Each line's comment names the slot the reply should fill. Never tuned on.
/// The setups reach each prompt the plain way (the same setups as the thirty-third part's).
/// </summary>
public static class ThirtyFourthPromptReplyCases
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
        En(WeightEn, AskWeight, "just under 3 kilos"),                                          // answer: weight (kilos, a ceiling)
        En(WeightEn, AskWeight, "around 750 grams"),                                            // answer: weight (grams, hedged)
        En(DimensionsEn, AskDimensions, "50x30x20cm carton"),                                   // answer: dimensions (unit glued on)
        En(DimensionsEn, AskDimensions, "13 by 10 by 3 inches"),                                 // answer: dimensions (inches)
        En(ValueEn, AskValue, "about 250 dollars"),                                             // answer: value (dollars, hedged)
        En(ValueEn, AskValue, "1200 rmb declared"),                                                      // answer: value in yuan
        En(DestinationEn, AskDestination, "going to a customer in dallas"),                     // answer: destination (a city: United States)
        En(DestinationEn, AskDestination, "milan, italy"),                                      // answer: destination (city and country)
        En(DestinationEn, AskDestination, "a buyer near birmingham uk"),                        // answer: destination (a city and the country's short name)
        En(UrgencyEn, AskUrgency, "no hurry at all, cheapest is best"),                         // answer: urgency economy
        En(UrgencyEn, AskUrgency, "must be there in 5 days max"),                               // answer: urgency express (a deadline)
        En(TrackingEn, AskTracking, "no need, its a cheap item"),                               // answer: tracking no
        En(ReturnsEn, AskReturns, "no returns, all sales final"),                                          // answer: returns no
        En(GoodsEn, AskGoods, "yes, it has a small button battery"),                            // answer: goods battery
        En(GoodsEn, AskGoods, "nothing like that, just cotton shirts"),                         // answer: goods none
        En(ModelEn, AskModel, "wholesale to shops and distributors"),                           // answer: model B2B
        En(MarketsEn, AskMarkets, "germany and the netherlands"),                               // answer: markets (two countries)
        En(MarketsEn, AskMarkets, "the middle east, mainly saudi"),                             // answer: markets (a region and a country)
        En(CategoryEn, AskCategory, "baby strollers and high chairs"),                          // answer: category baby
        En(CategoryEn, AskCategory, "led strip lights and bulbs"),                                        // answer: category lighting
        En(BudgetEn, AskBudget, "around 1500 dollars each month"),                              // answer: budget (dollars, hedged)
        En(ExperienceEn, AskExperience, "none, totally new to this"),                           // answer: experience none
        En(BrandEn, AskBrand, "yes, we own a registered brand in the EU"),                      // answer: brand yes
        En(ProblemEn, AskProblem, "customer says the parcel never arrived"),                    // answer: problem (lost parcel)
        En(IssueMarketEn, AskIssueMarket, "it's in france"),                                    // answer: market
        En(ReadinessEn, AskDifferentiation, "we add our own packaging and bundles"),            // answer: differentiation some
        En(QualityEn, AskQualityCheck, "we hire a third party inspector for every order"),      // answer: quality systematic
        En(LeadTimeEn, AskLeadTime, "usually 3 to 4 weeks"),                                    // answer: lead time (weeks, a range)
        En(DataEn, AskData, "yes, we read keyword and ad data weekly"),                 // answer: data yes
        En(CashCycleEn, AskCashCycle, "about 2 months, not more"),                              // answer: cash cycle (months, a ceiling)

        Zh(WeightZh, AskWeight, "估计三公斤左右"),                                                  // answer: weight (kilos, hedged)
        Zh(WeightZh, AskWeight, "八百克上下"),                                                      // answer: weight (grams)
        Zh(DimensionsZh, AskDimensions, "50×40×30 厘米"),                                       // answer: dimensions ("×", unit at the end)
        Zh(DimensionsZh, AskDimensions, "长六十宽四十高三十五"),                                // answer: dimensions (in words, no unit)
        Zh(ValueZh, AskValue, "货值一千二左右人民币"),                                              // answer: value in yuan (in words)
        Zh(ValueZh, AskValue, "大约六十欧元"),                                                  // answer: value in euros (hedged)
        Zh(DestinationZh, AskDestination, "发到德国汉堡"),                                      // answer: destination (country and city)
        Zh(DestinationZh, AskDestination, "墨尔本的客户"),                                      // answer: destination (a city: Australia)
        Zh(DestinationZh, AskDestination, "寄沙特利雅得"),                                      // answer: destination (country and city)
        Zh(UrgencyZh, AskUrgency, "不着急，走最便宜的"),                                        // answer: urgency economy
        Zh(UrgencyZh, AskUrgency, "最晚三天后要到"),                                              // answer: urgency express (a deadline)
        Zh(TrackingZh, AskTracking, "要，必须能查到"),                                          // answer: tracking yes
        Zh(ReturnsZh, AskReturns, "七天内不喜欢可以退"),                                            // answer: returns yes
        Zh(GoodsZh, AskGoods, "每个都带一块锂电池"),                                                  // answer: goods battery
        Zh(GoodsZh, AskGoods, "不含电池，也没液体"),                                            // answer: goods none
        Zh(ModelZh, AskModel, "主要卖给海外个人"),                                                  // answer: model B2C
        Zh(MarketsZh, AskMarkets, "英国和法国"),                                                // answer: markets (two countries)
        Zh(CategoryZh, AskCategory, "女士包包和钱包"),                                                // answer: category bags
        Zh(BudgetZh, AskBudget, "每月两万块"),                                                  // answer: budget (yuan, in words)
        Zh(ExperienceZh, AskExperience, "速卖通上做了两年"),                                    // answer: experience some
        Zh(BrandZh, AskBrand, "没有品牌，贴牌的"),                                              // answer: brand no
        Zh(ProblemZh, AskProblem, "买家说货到的时候已经坏了"),                                      // answer: problem (damaged goods)
        Zh(IssueMarketZh, AskIssueMarket, "是美国站的"),                                            // answer: market
        Zh(ReadinessZh, AskDifferentiation, "大部分是自己开模的"),                              // answer: differentiation unique
        Zh(CertificatesZh, AskCertificates, "CE和RoHS都有"),                                      // answer: certificates yes
        Zh(SmallBatchesZh, AskSmallBatches, "不行，起订量要一千件"),                            // answer: small batches no
        Zh(StaffZh, AskStaff, "三个专职的"),                                                    // answer: staff (three)
        Zh(ReadinessBudgetZh, AskReadinessBudget, "一个月五千左右"),                            // answer: readiness budget (yuan, hedged)
        Zh(OnlineExperienceZh, AskOnlineExperience, "只在1688做过批发"),                        // answer: online experience domestic
        Zh(TrademarkZh, AskTrademark, "商标在申请，还没下来"),                                  // answer: trademark pending
    ];
}
