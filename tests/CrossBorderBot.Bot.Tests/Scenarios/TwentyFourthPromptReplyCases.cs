using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the twenty-fourth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/>. Written blind before the twenty-fourth pass changed any behaviour, by
/// a helper that wrote only this set and changed no code, from issue #9's text, the README's description and the knowledge
/// data, and by imitating how small exporters answer a question in chat, leaning on the kinds earlier sets covered little:
/// weights in 斤, 两, lb and oz ("2 lb 6 oz", "一斤半", "三两"), sizes in inches and Chinese numerals ("三十乘二十乘十五"),
/// values with a measure word or colloquially ("五毛钱一个", "十来万", "a couple hundred bucks all in"), destinations as a city or a
/// region (Osaka, Hamburg, São Paulo, Dubai, 悉尼, 汉堡, 大阪), speeds as a deadline ("before black friday", "最好月底之前送到",
/// "春节前"), markets as a platform's country store ("amazon.de", "美国站", "虾皮马来站"), experience as an own site ("独立站",
/// "my shopify site"), budgets in "十来万一年" and "a couple grand", a Slack mention or a pasted line break before the
/// answer, and readiness answers in own words; spread over the prompts of all four guides, the readiness guide past its
/// budget question included; not from the slot vocabulary and not reusing any earlier wording (checked by a script after
/// lowercasing and removing punctuation, and for shared runs of 6 words or 8 Chinese characters). Each line's comment
/// names the slot the reply should fill. Never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class TwentyFourthPromptReplyCases
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

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "2 lb 6 oz with packaging"),                                      // answer: weight in lb and oz
        En(WeightEn, AskWeight, "<@U03KQ7ZP1> its about 14 oz"),                                  // answer: weight in oz after a Slack mention
        En(DimensionsEn, AskDimensions, "twelve by ten by four inches"),                          // answer: dimensions in words and inches
        En(DimensionsEn, AskDimensions, "a 30 cm cube basically"),                                // answer: dimensions as a cube
        En(ValueEn, AskValue, "a couple hundred bucks all in"),                                          // answer: value colloquial (about 200 USD)
        En(ValueEn, AskValue, "around 1.2k euros for the lot"),                                   // answer: value with "k" in euros
        En(DestinationEn, AskDestination, "to a guy in Osaka"),                                   // answer: destination (a city: Japan)
        En(DestinationEn, AskDestination, "it's going to our distributor in Hamburg"),            // answer: destination (a city: Germany)
        En(DestinationEn, AskDestination, "\nSão Paulo"),                                         // answer: destination (a city after a pasted line break)
        En(UrgencyEn, AskUrgency, "needs to get there before black friday"),                      // answer: urgency (a deadline)
        En(UrgencyEn, AskUrgency, "by the end of the month at the latest"),                       // answer: urgency (a deadline)
        En(TrackingEn, AskTracking, "yeah, buyer wants to follow along"),                         // answer: tracking yes
        En(ReturnsEn, AskReturns, "only when it shows up broken"),                                   // answer: returns (limited)
        En(GoodsEn, AskGoods, "there's a rechargeable battery in the handle"),                    // answer: goods battery
        En(GoodsEn, AskGoods, "no batteries, no liquids, it's all wood"),                         // answer: goods none
        En(ModelEn, AskModel, "we sell by the pallet to other shops"),                            // answer: model B2B
        En(MarketsEn, AskMarkets, "amazon.de buyers, so germany"),                                // answer: markets (a country store)
        En(MarketsEn, AskMarkets, "sydney and melbourne mostly"),                                 // answer: markets (cities: Australia)
        En(CategoryEn, AskCategory, "yoga mats and resistance bands"),                            // answer: category sports
        En(BudgetEn, AskBudget, "a couple grand a month"),                                        // answer: budget colloquial
        En(ExperienceEn, AskExperience, "just my shopify site for 2 years"),                      // answer: experience (own site)
        En(BrandEn, AskBrand, "yep, registered with the EUIPO"),                                  // answer: brand yes
        En(ProblemEn, AskProblem, "amazon.co.uk pulled our charger listings, says no UKCA mark"), // answer: problem (certificate, a country store)
        En(IssueMarketEn, AskIssueMarket, "the customer's in Dubai"),                             // answer: market (a city: UAE)
        En(ReadinessEn, AskDifferentiation, "pretty generic tbh, same as the next guy"),          // answer: differentiation none
        En(CertificatesEn, AskCertificates, "CE only, nothing for the UK yet"),                   // answer: certificates some
        En(TaxRegistrationEn, AskTaxRegistration, "IOSS yes, EPR not yet"),                       // answer: registrations some
        En(LeadTimeEn, AskLeadTime, "about 2 weeks, 3 around chinese new year"),                  // answer: lead time (weeks)
        En(LanguageEn, AskLanguage, "we reply in english, the rest via deepl"),                   // answer: language (translation tools)
        En(CashCycleEn, AskCashCycle, "a quarter, give or take"),                                 // answer: cash cycle (about three months)

        Zh(WeightZh, AskWeight, "估计一斤半上下"),                                                    // answer: weight in 斤
        Zh(WeightZh, AskWeight, "三两多一点"),                                                    // answer: weight in 两
        Zh(DimensionsZh, AskDimensions, "三十乘二十乘十五"),                                      // answer: dimensions in Chinese numerals
        Zh(DimensionsZh, AskDimensions, "长宽高都是四十厘米"),                                    // answer: dimensions as a cube in words
        Zh(ValueZh, AskValue, "五毛钱一个，一千个"),                                              // answer: value per piece with a count
        Zh(ValueZh, AskValue, "这批货十来万"),                                                    // answer: value colloquial (about 100,000 CNY)
        Zh(DestinationZh, AskDestination, "悉尼的客户"),                                          // answer: destination (a city: Australia)
        Zh(DestinationZh, AskDestination, "发到汉堡"),                                            // answer: destination (a city: Germany)
        Zh(DestinationZh, AskDestination, "<@U08ZZHELP> 大阪"),                                   // answer: destination (a city after a Slack mention)
        Zh(UrgencyZh, AskUrgency, "最好月底之前送到"),                                                  // answer: urgency (a deadline)
        Zh(UrgencyZh, AskUrgency, "春节前能到就行"),                                              // answer: urgency (a deadline)
        Zh(TrackingZh, AskTracking, "客户要随时能查到"),                                          // answer: tracking yes
        Zh(ReturnsZh, AskReturns, "质量问题才退"),                                                // answer: returns (limited)
        Zh(GoodsZh, AskGoods, "里面有一瓶香水"),                                                  // answer: goods liquid
        Zh(GoodsZh, AskGoods, "纯布料，别的啥也没有"),                                            // answer: goods none
        Zh(ModelZh, AskModel, "卖给海外那些批发商"),                                                // answer: model B2B
        Zh(MarketsZh, AskMarkets, "虾皮马来站"),                                                  // answer: markets (a country store: Malaysia)
        Zh(MarketsZh, AskMarkets, "亚马逊美国站和加拿大站"),                                      // answer: markets (two country stores)
        Zh(CategoryZh, AskCategory, "汽车座套和方向盘套"),                                        // answer: category automotive
        Zh(BudgetZh, AskBudget, "一年投个十来万"),                                                    // answer: budget per year, colloquial
        Zh(ExperienceZh, AskExperience, "自己做了三年独立站"),                                    // answer: experience (own site)
        Zh(BrandZh, AskBrand, "商标在美国注册过了"),                                              // answer: brand yes
        Zh(ProblemZh, AskProblem, "美国站有个买家说收到的灯是坏的，开了A-to-Z"),                  // answer: problem (damaged, a claim, a country store)
        Zh(IssueMarketZh, AskIssueMarket, "\n圣保罗"),                                            // answer: market (a city after a pasted line break)
        Zh(ReadinessZh, AskDifferentiation, "跟同行基本一个样"),                                  // answer: differentiation none
        Zh(CertificatesZh, AskCertificates, "只做了CE，别的都还没有"),                            // answer: certificates some
        Zh(TaxRegistrationZh, AskTaxRegistration, "德国的包装EPR注册了，IOSS还没"),               // answer: registrations some
        Zh(SmallBatchesZh, AskSmallBatches, "五十件起做，贴牌也能接"),                         // answer: small batches yes (with a minimum)
        Zh(StaffZh, AskStaff, "老板加两个运营"),                                                  // answer: staff in words (three)
        Zh(ReadinessBudgetZh, AskReadinessBudget, "一个月万把块"),                                // answer: readiness budget colloquial
    ];
}
