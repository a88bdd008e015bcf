using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the twenty-third pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutPromptReplyMeasureTests"/>. Written blind before the twenty-third pass changed any behaviour, by a
/// helper that wrote only this set and changed no code, from issue #9's text, the README's description and the knowledge
/// data, and by imitating how small exporters answer a question in chat, leaning on numbers in their own units and
/// currencies and on answers that hedge or give a range: weights in pounds, 斤 and "half a kilo give or take", ranges
/// ("3-4 lbs", "两三公斤", "80到100美金", "1-2万"), sizes in inches and in 长宽高 words, values as "2k usd" and in 刀 and
/// 块, destinations as a city or a port with its country, speeds as a deadline, returns with a reason, goods as a coin cell
/// or a cream, markets as "one now, another later", budgets per month in USD, CNY and 刀, experience as a year or a story,
/// a trademark pending, problems told with a market, and readiness answers in own words (patents, a QC person, marks
/// done and in progress, "three and a half people", translation tools, a budget in USD, months of cash); spread over the
/// prompts of all four guides, the readiness guide past its budget question included; not from the slot vocabulary and
/// not reusing any earlier wording (checked by a script after lowercasing and removing punctuation, and for shared runs
/// of 6 words or 8 Chinese characters). Each line's comment names the slot the reply should fill. Never tuned on. The
/// setups reach each prompt the plain way.
/// </summary>
public static class TwentyThirdPromptReplyCases
{
    private const string AskCashCycle = "finance stock in transit|在途和海外仓库存垫资";
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];
    private static readonly string[] StaffEn = [.. CertificatesEn, "For some products or markets", "Yes", "Yes", "20"];
    private static readonly string[] StaffZh = [.. CertificatesZh, "部分产品或市场有", "是", "能", "20"];
    private static readonly string[] LanguageEn = [.. StaffEn, "3"];
    private static readonly string[] LanguageZh = [.. StaffZh, "3"];
    private static readonly string[] ReadinessBudgetEn = [.. LanguageEn, "English only"];
    private static readonly string[] ReadinessBudgetZh = [.. LanguageZh, "只会英语"];
    private static readonly string[] CashCycleZh = [.. ReadinessBudgetZh, "20000"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly 3-4 lbs"),                                               // answer: weight as a range in pounds
        En(WeightEn, AskWeight, "half a kilo give or take"),                                      // answer: weight in words
        En(DimensionsEn, AskDimensions, "12x9x4 in"),                                             // answer: dimensions in inches
        En(ValueEn, AskValue, "about 2k usd total"),                                                          // answer: value as "2k"
        En(ValueEn, AskValue, "maybe 80-100 euros"),                                              // answer: value as a range in euros
        En(DestinationEn, AskDestination, "a customer in Guadalajara"),                           // answer: destination (a city)
        En(DestinationEn, AskDestination, "Rotterdam, netherlands"),                              // answer: destination (a port and country)
        En(UrgencyEn, AskUrgency, "would like it there in 10 days or less"),                                      // answer: urgency (a deadline)
        En(UrgencyEn, AskUrgency, "cheapest, time doesn't matter much"),                          // answer: urgency slow
        En(TrackingEn, AskTracking, "need to see where it is the whole way"),                     // answer: tracking yes
        En(ReturnsEn, AskReturns, "probably not, it's custom made"),                              // answer: returns no (with a reason)
        En(GoodsEn, AskGoods, "contains a small coin cell"),                                      // answer: goods battery
        En(GoodsEn, AskGoods, "a tube of hand cream, 50ml"),                                      // answer: goods liquid
        En(ModelEn, AskModel, "we sell to end users mostly"),                                     // answer: model B2C
        En(MarketsEn, AskMarkets, "japan for now, maybe korea later"),                            // answer: markets (one now, one later)
        En(MarketsEn, AskMarkets, "UAE and saudi"),                                               // answer: markets (two, short forms)
        En(CategoryEn, AskCategory, "stainless steel water bottles"),                             // answer: category kitchen
        En(BudgetEn, AskBudget, "1k-2k USD a month"),                                             // answer: budget as a range
        En(BudgetEn, AskBudget, "15k CNY/month"),                                                 // answer: budget in CNY with "k"
        En(ExperienceEn, AskExperience, "we've had an amazon store since 2021"),                  // answer: experience (since a year)
        En(ExperienceEn, AskExperience, "never sold online, only trade fairs"),                   // answer: experience none
        En(BrandEn, AskBrand, "not yet, application pending"),                                    // answer: brand no (pending)
        En(ProblemEn, AskProblem, "italian customer claims the lamp showed up smashed, asking for all her money back"), // answer: problem (damaged, refund)
        En(ProblemEn, AskProblem, "customs in brazil are holding our box and want tax paid"),     // answer: problem customs hold
        En(IssueMarketEn, AskIssueMarket, "the buyer is in Toronto"),                             // answer: market (a city)
        En(ReadinessEn, AskDifferentiation, "we've got 2 patents on the hinge design"),           // answer: differentiation unique
        En(QualityEn, AskQualityCheck, "our own QC guy checks every carton"),                     // answer: quality systematic
        En(CertificatesEn, AskCertificates, "FCC done, CE in progress"),                          // answer: certificates some
        En(StaffEn, AskStaff, "three and a half people"),                                         // answer: staff in words
        En(ReadinessBudgetEn, AskReadinessBudget, "around 3k USD a month"),                       // answer: readiness budget in USD

        Zh(WeightZh, AskWeight, "三斤半"),                                                        // answer: weight in 斤
        Zh(WeightZh, AskWeight, "大概两三公斤"),                                                  // answer: weight as a range in words
        Zh(DimensionsZh, AskDimensions, "15×10×8英寸"),                                           // answer: dimensions in inches
        Zh(ValueZh, AskValue, "货值五千块左右"),                                                  // answer: value in 块
        Zh(ValueZh, AskValue, "大概80到100美金"),                                                 // answer: value as a range in USD
        Zh(DestinationZh, AskDestination, "寄去迪拜"),                                            // answer: destination (a city)
        Zh(DestinationZh, AskDestination, "客户在圣保罗"),                                        // answer: destination (a city)
        Zh(UrgencyZh, AskUrgency, "半个月之内到就好"),                                                // answer: urgency (a deadline)
        Zh(UrgencyZh, AskUrgency, "越便宜越好，慢点没关系"),                                      // answer: urgency slow
        Zh(TrackingZh, AskTracking, "要能全程查到的"),                                            // answer: tracking yes
        Zh(ReturnsZh, AskReturns, "不支持退货，都是定制的"),                                      // answer: returns no (with a reason)
        Zh(GoodsZh, AskGoods, "带了颗纽扣电池"),                                                  // answer: goods battery
        Zh(ModelZh, AskModel, "主要卖给C端消费者"),                                               // answer: model B2C
        Zh(MarketsZh, AskMarkets, "先做日本，以后再考虑韩国"),                                    // answer: markets (one now, one later)
        Zh(MarketsZh, AskMarkets, "美国跟墨西哥"),                                                // answer: markets (two)
        Zh(CategoryZh, AskCategory, "不锈钢保温杯"),                                              // answer: category kitchen
        Zh(CategoryZh, AskCategory, "猫砂和猫抓板"),                                              // answer: category pet supplies
        Zh(BudgetZh, AskBudget, "一个月1-2万"),                                                   // answer: budget as a range in 万
        Zh(BudgetZh, AskBudget, "每月3k刀"),                                                      // answer: budget in 刀 with "k"
        Zh(ExperienceZh, AskExperience, "在亚马逊上做了三年"),                                    // answer: experience (years)
        Zh(BrandZh, AskBrand, "正在申请，还没下来"),                                              // answer: brand no (pending)
        Zh(ProblemZh, AskProblem, "意大利客户说灯到手就碎了，要全额退款"),                        // answer: problem (damaged, refund)
        Zh(ProblemZh, AskProblem, "店铺因为侵权被冻结了"),                                        // answer: problem (IP, suspension)
        Zh(IssueMarketZh, AskIssueMarket, "买家在加拿大多伦多"),                                  // answer: market (country and city)
        Zh(ReadinessZh, AskDifferentiation, "有两项外观专利"),                                    // answer: differentiation unique
        Zh(QualityZh, AskQualityCheck, "我们自己有质检员，每箱都看"),                             // answer: quality systematic
        Zh(StaffZh, AskStaff, "三个半人"),                                                        // answer: staff in words
        Zh(LanguageZh, AskLanguage, "用ChatGPT翻译回复"),                                         // answer: language (translation tools)
        Zh(ReadinessBudgetZh, AskReadinessBudget, "每月大概三千美元"),                            // answer: readiness budget in USD
        Zh(CashCycleZh, AskCashCycle, "能撑半年左右"),                                            // answer: cash cycle (about six months)
    ];
}
