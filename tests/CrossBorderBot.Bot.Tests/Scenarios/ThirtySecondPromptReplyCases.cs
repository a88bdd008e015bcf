using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the thirty-second pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/> (the "thirtySecond" row of <see cref="HeldOutParts"/>). Written blind before
/// this pass (session 33) changed any behaviour, by a helper that wrote only this set and changed no code, from issue #9's
/// text, the README's description and the knowledge data, by imitating how small exporters answer a question in chat. Like
/// the thirty-second scenarios this set is REPRESENTATIVE, not a stress test: the replies a typical seller gives at each
/// prompt, in proportion (short answers in own words, abbreviations, units and currencies as people type them, a city for
/// the country, a deadline for a speed, hedged answers, Latin letters and units inside Chinese replies), none stressed;
/// spread over the prompts of all four guides, the readiness guide past its budget question included; not from the slot
/// vocabulary and not reusing any earlier wording (checked by a script after lowercasing and removing punctuation, and
/// for shared runs of 6 words or 8 Chinese characters, with the scenarios and openings of this part: see
/// <see cref="ThirtySecondHeldOutScenarios"/>). Each line's comment names the slot the reply should fill. Never tuned on.
/// The setups reach each prompt the plain way.
/// </summary>
public static class ThirtySecondPromptReplyCases
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
    private static readonly string[] TrademarkEn = [.. DataEn, "Regularly"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly 2.3 kilos boxed"),                                      // answer: weight (kilos, hedged)
        En(WeightEn, AskWeight, "under a pound, like 400 grams"),                                // answer: weight (grams)
        En(DimensionsEn, AskDimensions, "box is 36cm x 28cm x 12cm"),                            // answer: dimensions (units on each)
        En(DimensionsEn, AskDimensions, "about a shoebox, 33 25 13"),                            // answer: dimensions (spaces, no unit)
        En(ValueEn, AskValue, "we'll declare $75"),                                              // answer: value (dollar sign)
        En(ValueEn, AskValue, "1200 rmb worth"),                                                 // answer: value in yuan
        En(DestinationEn, AskDestination, "customer lives in osaka"),                            // answer: destination (a city: Japan)
        En(DestinationEn, AskDestination, "manchester, england"),                                // answer: destination (city and nation: UK)
        En(DestinationEn, AskDestination, "going to a shop in guadalajara mexico"),              // answer: destination (city and country)
        En(UrgencyEn, AskUrgency, "it's a birthday gift, must arrive in 5 days"),                  // answer: urgency express (a deadline)
        En(UrgencyEn, AskUrgency, "slow boat is fine honestly"),                                 // answer: urgency economy (own words)
        En(TrackingEn, AskTracking, "yeah buyer wants a tracking link"),                         // answer: tracking yes
        En(TrackingEn, AskTracking, "nah skip it"),                                              // answer: tracking no
        En(ReturnsEn, AskReturns, "no, all sales final"),                                        // answer: returns no
        En(GoodsEn, AskGoods, "every unit has its own rechargeable battery"),                    // answer: goods battery
        En(GoodsEn, AskGoods, "just fabric, nothing like that"),                                 // answer: goods none
        En(ModelEn, AskModel, "mostly we sell to wholesalers and importers"),                    // answer: model B2B
        En(MarketsEn, AskMarkets, "italy + spain"),                                              // answer: markets (two countries, a plus)
        En(MarketsEn, AskMarkets, "the middle east, uae first"),                                 // answer: markets (a region, one country first)
        En(CategoryEn, AskCategory, "led ceiling lights"),                                       // answer: category lighting
        En(CategoryEn, AskCategory, "kids puzzles and board games"),                             // answer: category toys
        En(BudgetEn, AskBudget, "we can spend around 1.5k usd monthly"),                         // answer: budget (dollars, "k")
        En(ExperienceEn, AskExperience, "we've never sold outside china"),                             // answer: experience none
        En(BrandEn, AskBrand, "yes, our own label and the trademark is registered"),             // answer: brand yes
        En(ProblemEn, AskProblem, "customs grabbed our shipment and won't release it"),                                 // answer: problem (customs hold)
        En(IssueMarketEn, AskIssueMarket, "it's our german store"),                                            // answer: market
        En(QualityEn, AskQualityCheck, "i inspect every item myself before it ships"),           // answer: quality every item
        En(LanguageEn, AskLanguage, "one of us is fluent in spanish"),                           // answer: language fluent
        En(CashCycleEn, AskCashCycle, "we could manage about half a year"),                      // answer: cash cycle 6 months
        En(TrademarkEn, AskTrademark, "yes, in the US and EU"),                                  // answer: trademark abroad

        Zh(WeightZh, AskWeight, "毛重三公斤多一点"),                                             // answer: weight (kilos, hedged)
        Zh(WeightZh, AskWeight, "大约800g"),                                                     // answer: weight (grams, Latin unit)
        Zh(DimensionsZh, AskDimensions, "长45宽30高20"),                                         // answer: dimensions (long, wide, high)
        Zh(DimensionsZh, AskDimensions, "25x20x10cm的盒子"),                                     // answer: dimensions (Latin x and unit)
        Zh(ValueZh, AskValue, "报三百美元"),                                                     // answer: value in US dollars
        Zh(ValueZh, AskValue, "货值1500元"),                                                     // answer: value in yuan
        Zh(DestinationZh, AskDestination, "发到澳洲悉尼"),                                       // answer: destination (country and city)
        Zh(DestinationZh, AskDestination, "德国慕尼黑一个客户"),                                 // answer: destination (country and city)
        Zh(DestinationZh, AskDestination, "发给迪拜的客户"),                                           // answer: destination (a city: UAE)
        Zh(UrgencyZh, AskUrgency, "三天之内一定要到"),                                               // answer: urgency express (a deadline)
        Zh(UrgencyZh, AskUrgency, "走最便宜的，慢没关系"),                                       // answer: urgency economy
        Zh(TrackingZh, AskTracking, "要随时能查到在哪"),                                             // answer: tracking yes
        Zh(ReturnsZh, AskReturns, "定制款不给退"),                                                 // answer: returns no
        Zh(ReturnsZh, AskReturns, "七天无理由可以退"),                                           // answer: returns yes
        Zh(GoodsZh, AskGoods, "遥控器里带了颗纽扣电池"),                                                 // answer: goods battery
        Zh(GoodsZh, AskGoods, "没有，都是布料"),                                                 // answer: goods none
        Zh(ModelZh, AskModel, "直接卖给终端用户"),                                                 // answer: model B2C
        Zh(MarketsZh, AskMarkets, "先美国，加拿大顺带"),                                               // answer: markets (two countries)
        Zh(MarketsZh, AskMarkets, "欧洲，先从德国开始"),                                         // answer: markets (a region, one country first)
        Zh(CategoryZh, AskCategory, "卖瑜伽裤和运动背心"),                                         // answer: category apparel or sports
        Zh(CategoryZh, AskCategory, "削皮刀、开瓶器这类厨房小工具"),                                               // answer: category kitchen
        Zh(BudgetZh, AskBudget, "每月五千块人民币上下"),                                         // answer: budget (yuan, hedged)
        Zh(ExperienceZh, AskExperience, "做过一年亚马逊美国站"),                                 // answer: experience some
        Zh(BrandZh, AskBrand, "主要给别人贴牌，自己没品牌"),                                             // answer: brand no
        Zh(ProblemZh, AskProblem, "亚马逊把我们的账号停了"),                                     // answer: problem (account suspended)
        Zh(IssueMarketZh, AskIssueMarket, "是日本那边的单"),                                             // answer: market
        Zh(ReadinessZh, AskDifferentiation, "和别人家的差不多"),                                 // answer: differentiation similar
        Zh(CertificatesZh, AskCertificates, "CE、RoHS都拿到了"),                                   // answer: certificates all
        Zh(StaffZh, AskStaff, "三个全职"),                                                       // answer: staff (three full-time)
        Zh(DataZh, AskData, "每周都看后台数据调整广告"),                                         // answer: data regularly
    ];
}
