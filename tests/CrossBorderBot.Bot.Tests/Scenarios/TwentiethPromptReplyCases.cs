using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the twentieth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written blind before the twentieth pass changed any behaviour, by a
/// helper that wrote only this set and changed no code, from issue #9's text and by imitating how sellers answer a
/// question in chat: approximate amounts and ranges ("roughly", "a bit under", "两三百", "三五千"), weights in words and
/// in 斤, cities as places, two markets in one reply, people counted in parts, typos and shorthand, a question back, a
/// correction of an earlier answer and a command, spread over the prompts of all four guides; not from the slot
/// vocabulary and not reusing any earlier wording (checked by a script after lowercasing and removing punctuation, and
/// for shared runs of 6 words or 8 Chinese characters). Each line's comment names the slot the reply should fill, or the
/// kind of reply it is (question, correction, command). Never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class TwentiethPromptReplyCases
{
    private const string AskCashCycle = "finance stock in transit|垫资多少";
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];
    private static readonly string[] TaxRegistrationEn = [.. CertificatesEn, "For some products or markets"];
    private static readonly string[] TaxRegistrationZh = [.. CertificatesZh, "部分产品或市场有"];
    private static readonly string[] SmallBatchesZh = [.. TaxRegistrationZh, "是"];
    private static readonly string[] LeadTimeEn = [.. TaxRegistrationEn, "Yes", "Yes"];
    private static readonly string[] StaffEn = [.. LeadTimeEn, "20"];
    private static readonly string[] StaffZh = [.. SmallBatchesZh, "能", "20"];
    private static readonly string[] LanguageZh = [.. StaffZh, "2"];
    private static readonly string[] CashCycleEn = [.. StaffEn, "2", "English only", "10000"];
    private static readonly string[] DataEn = [.. CashCycleEn, "1–3 months", "We already sell on cross-border platforms"];
    private static readonly string[] DataZh = [.. LanguageZh, "只会英语", "10000", "1–3 个月", "已经在跨境平台销售"];
    private static readonly string[] TrademarkZh = [.. DataZh, "偶尔"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly two and a half kilos"),                                  // answer: weight in words, approximate
        En(WeightEn, AskWeight, "like 900g give or take"),                                        // answer: weight approximate
        En(DimensionsEn, AskDimensions, "box is 30cm on every side"),                             // answer: dimensions (a cube in words)
        En(ValueEn, AskValue, "a bit under 100 usd"),                                             // answer: declared value approximate
        En(DestinationEn, AskDestination, "a customer in Rotterdam"),                             // answer: destination (a city)
        En(UrgencyEn, AskUrgency, "ideally there in under 10 days"),                                      // answer: urgency
        En(TrackingEn, AskTracking, "do i actually need tracking for cheap stuff?"),              // question
        En(ReturnsEn, AskReturns, "we'd rather not deal with returns tbh"),                       // answer: returns no
        En(GoodsEn, AskGoods, "there's a coin cell battery in the remote"),                       // answer: goods battery
        En(UrgencyEn, AskUrgency, "wait, it's going to Lyon, not Spain"),                         // correction: destination
        En(ModelEn, AskModel, "our buyers are mainly shop owners who order by the case"),                           // answer: model B2B
        En(MarketsEn, AskMarkets, "poland, and later maybe italy"),                               // answer: markets (two)
        En(CategoryEn, AskCategory, "stainless water bottles and lunch boxes"),                   // answer: category kitchen
        En(BudgetEn, AskBudget, "between 300 and 500 dollars"),                                   // answer: budget range
        En(ExperienceEn, AskExperience, "never sold online, only at the canton fair"),            // answer: experience none
        En(BrandEn, AskBrand, "we filed for an EU trademark, still waiting"),                                     // answer: brand (applied for)
        En(BudgetEn, AskBudget, "what does the budget cover exactly?"),                           // question
        En(ExperienceEn, AskExperience, "go back, I want to change the category"),                // command: back
        En(ProblemEn, AskProblem, "buyer opened a chargeback saying the item never showed up"),   // answer: problem (lost parcel / dispute)
        En(ProblemEn, AskProblem, "our etsy store got suspended with no reason given"),           // answer: problem (account suspension)
        En(IssueMarketEn, AskIssueMarket, "it's the buyer in Warsaw"),                            // answer: market (a city)
        En(IssueMarketEn, AskIssueMarket, "several EU countries, not just one"),                  // answer: market several / not sure
        En(ReadinessEn, AskDifferentiation, "pretty generic to be honest, same stuff as on 1688"), // answer: differentiation same
        En(QualityEn, AskQualityCheck, "our QC guy eyeballs a few from each carton"),             // answer: quality spot checks
        En(CertificatesEn, AskCertificates, "what certifications would garden lights need?"),     // question
        En(TaxRegistrationEn, AskTaxRegistration, "vat yes in the UK, no idea about EPR"),        // answer: tax registration (partly)
        En(LeadTimeEn, AskLeadTime, "two to three weeks"),                                        // answer: lead time range
        En(StaffEn, AskStaff, "me plus an intern three days a week"),                             // answer: staff (counted in parts)
        En(CashCycleEn, AskCashCycle, "maybe 2 months max"),                                      // answer: cash cycle
        En(DataEn, AskData, "we check the keyword tool before every launch"),                     // answer: data regularly

        Zh(WeightZh, AskWeight, "一斤半左右"),                                                    // answer: weight in 斤, approximate
        Zh(DimensionsZh, AskDimensions, "长宽高差不多都是二十公分"),                               // answer: dimensions in words
        Zh(ValueZh, AskValue, "两三百块钱吧"),                                                    // answer: declared value range in words
        Zh(DestinationZh, AskDestination, "寄到巴塞罗那"),                                        // answer: destination (a city)
        Zh(DestinationZh, AskDestination, "韩国和日本各一票"),                                    // answer: destination (two)
        Zh(UrgencyZh, AskUrgency, "客户催得紧，越快越好"),                                        // answer: urgency
        Zh(TrackingZh, AskTracking, "单号能查到就行"),                                            // answer: tracking yes
        Zh(ReturnsZh, AskReturns, "这个要看情况，一般不退"),                                      // answer: returns no
        Zh(GoodsZh, AskGoods, "盒子里有两瓶香水"),                                                      // answer: goods liquid
        Zh(GoodsZh, AskGoods, "充电宝算不算电池？"),                                              // question
        Zh(TrackingZh, AskTracking, "等下，前面重量填错了，应该3公斤"),                                  // correction: weight
        Zh(ModelZh, AskModel, "主要做批发，也接零售单"),                                          // answer: model (B2B with some B2C)
        Zh(MarketsZh, AskMarkets, "墨西哥和巴西"),                                                // answer: markets (two)
        Zh(CategoryZh, AskCategory, "汽车脚垫"),                                                  // answer: category automotive
        Zh(BudgetZh, AskBudget, "一个月三五千吧"),                                                // answer: budget range
        Zh(ExperienceZh, AskExperience, "拼多多做了两年，跨境没做过"),                             // answer: experience (domestic only)
        Zh(BrandZh, AskBrand, "商标在国内注册了"),                                                // answer: brand yes (home only)
        Zh(BrandZh, AskBrand, "上一步，我想改预算"),                                              // command: back
        Zh(ProblemZh, AskProblem, "客户说收到的包裹里少了两件"),                                  // answer: problem (items missing)
        Zh(ProblemZh, AskProblem, "店铺被平台封了"),                                              // answer: problem (account suspension)
        Zh(IssueMarketZh, AskIssueMarket, "买家在东京"),                                          // answer: market (a city)
        Zh(IssueMarketZh, AskIssueMarket, "说不准，几个国家的买家都有"),                              // answer: market several / not sure
        Zh(ReadinessZh, AskDifferentiation, "好几款是自己开模做的"),                            // answer: differentiation own design
        Zh(QualityZh, AskQualityCheck, "请了验货公司，每批都验"),                                 // answer: quality systematic
        Zh(CertificatesZh, AskCertificates, "CE什么的需要去哪里办？"),                            // question
        Zh(TaxRegistrationZh, AskTaxRegistration, "这些都还没弄"),                                // answer: tax registration no
        Zh(SmallBatchesZh, AskSmallBatches, "起订量高，小单接不了"),                              // answer: small batches no
        Zh(StaffZh, AskStaff, "老板娘自己兼着做"),                                                // answer: staff (one part-timer)
        Zh(LanguageZh, AskLanguage, "会点英语，小语种不行"),                                      // answer: language English only
        Zh(TrademarkZh, AskTrademark, "中国和美国都注册了"),                                      // answer: trademark in target markets
    ];
}
