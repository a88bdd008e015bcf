using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the sixteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written blind before the sixteenth pass changed any behaviour, by a
/// helper that wrote only this set, from issue #9's text and by imitating how sellers answer a question in chat (typos,
/// slang and shorthand, amounts and weights in words, mixed languages, "dont know" / "随便", a question back, a
/// correction of an earlier answer, a command), spread over the prompts of all four guides; not from the slot vocabulary
/// and not reusing any earlier wording (checked by a script after lowercasing and removing punctuation). Each line's
/// comment names the slot the reply should fill, or the kind of reply it is (question, correction, command). Never tuned
/// on. The setups reach each prompt the plain way.
/// </summary>
public static class SixteenthPromptReplyCases
{
    private const string AskTaxRegistration = "VAT/GST, IOSS|增值税/GST";
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];
    private static readonly string[] TaxRegistrationEn = [.. CertificatesEn, "For some products or markets"];
    private static readonly string[] TaxRegistrationZh = [.. CertificatesZh, "部分产品或市场有"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "like 3 and a half kilos"),                         // answer: weight (words)
        En(WeightEn, AskWeight, "500 grams give or take"),                          // answer: weight
        En(DimensionsEn, AskDimensions, "shoebox size, roughly 33x20x12"),          // answer: dimensions
        En(DimensionsEn, AskDimensions, "dunno, havent packed it yet"),             // answer: dimensions unknown
        En(ValueEn, AskValue, "a hundred and twenty usd"),                          // answer: value (in words)
        En(ValueEn, AskValue, "€45 or so"),                                         // answer: value (symbol)
        En(DestinationEn, AskDestination, "auckland nz"),                           // answer: destination (a city, shorthand)
        En(DestinationEn, AskDestination, "philipins"),                            // answer: destination (typo)
        En(UrgencyEn, AskUrgency, "express pls, its a gift"),                       // answer: urgency
        En(UrgencyEn, AskUrgency, "cheapest, speed doesnt matter"),                 // answer: urgency default
        En(TrackingEn, AskTracking, "nah, dont need it"),                              // answer: tracking
        En(ReturnsEn, AskReturns, "what happens if a buyer wants to send it back?"), // question
        En(GoodsEn, AskGoods, "theres a small coin cell in it"),                    // answer: sensitive goods
        En(GoodsEn, AskGoods, "oh the destination should be portugal btw"),         // correction: destination
        En(ModelEn, AskModel, "we supply shops and distributors"),                  // answer: model
        En(ModelEn, AskModel, "both really, but mostly consumers"),                 // answer: model
        En(MarketsEn, AskMarkets, "south east asia, mostly thailand"),                               // answer: markets (a region)
        En(MarketsEn, AskMarkets, "not sure, wherever it sells"),                   // answer: markets unknown
        En(CategoryEn, AskCategory, "womens activewear"),                           // answer: category
        En(BudgetEn, AskBudget, "five hundred bucks a month"),                            // answer: budget (in words)
        En(BudgetEn, AskBudget, "whats a normal budget for a beginner?"),           // question
        En(ExperienceEn, AskExperience, "ran an ebay store for 2 yrs"),             // answer: experience
        En(BrandEn, AskBrand, "nope, white label stuff"),                           // answer: brand
        En(BrandEn, AskBrand, "forget it, stop"),                                   // command: cancel
        En(ProblemEn, AskProblem, "buyer got the wrong colour and left a 1 star review"), // answer: problem type
        En(ProblemEn, AskProblem, "our etsy shop got suspended out of nowhere"),    // answer: problem type (with platform)
        En(IssueMarketEn, AskIssueMarket, "buyer's in mexico city"),                // answer: issue market (a city)
        En(ReadinessEn, AskDifferentiation, "nothing special, same stuff you find on 1688"), // answer: differentiation
        En(QualityEn, AskQualityCheck, "we eyeball a few pieces before packing"),   // answer: quality check
        En(TaxRegistrationEn, AskTaxRegistration, "we registered for ioss last year, nothing else"), // answer: tax registration

        Zh(WeightZh, AskWeight, "两公斤半左右"),                                        // answer: weight (in words)
        Zh(WeightZh, AskWeight, "不到一斤"),                                        // answer: weight (jin)
        Zh(DimensionsZh, AskDimensions, "35乘22乘12厘米"),                          // answer: dimensions
        Zh(DimensionsZh, AskDimensions, "还没打包，不清楚"),                        // answer: dimensions unknown
        Zh(ValueZh, AskValue, "三百来块"),                                          // answer: value (in words)
        Zh(ValueZh, AskValue, "一百刀"),                                            // answer: value (slang currency)
        Zh(DestinationZh, AskDestination, "发去悉尼"),                              // answer: destination (a city)
        Zh(DestinationZh, AskDestination, "印度尼西亚雅加达"),                      // answer: destination (country and city)
        Zh(UrgencyZh, AskUrgency, "能快就快"),                                      // answer: urgency
        Zh(UrgencyZh, AskUrgency, "随意，不赶"),                                    // answer: urgency default
        Zh(TrackingZh, AskTracking, "跟踪不需要"),                                  // answer: tracking
        Zh(ReturnsZh, AskReturns, "退货的话运费谁出？"),                            // question
        Zh(GoodsZh, AskGoods, "里面有充电电池"),                                    // answer: sensitive goods
        Zh(GoodsZh, AskGoods, "重量改一下，是3公斤"),                               // correction: weight
        Zh(ModelZh, AskModel, "给海外的批发商供货"),                                // answer: model
        Zh(ModelZh, AskModel, "to C"),                                              // answer: model (shorthand)
        Zh(MarketsZh, AskMarkets, "中东那边"),                                      // answer: markets (a region)
        Zh(MarketsZh, AskMarkets, "还不确定，你推荐吧"),                            // answer: markets unknown
        Zh(CategoryZh, AskCategory, "猫砂盆和猫抓板"),                              // answer: category (two products)
        Zh(BudgetZh, AskBudget, "每月大概八千"),                                    // answer: budget
        Zh(BudgetZh, AskBudget, "开店要交多少钱？"),                                // question
        Zh(ExperienceZh, AskExperience, "shopee做过一年"),                          // answer: experience (mixed language)
        Zh(BrandZh, AskBrand, "没有，都是贴牌"),                                      // answer: brand
        Zh(BrandZh, AskBrand, "算了不弄了"),                                        // command: cancel
        Zh(ProblemZh, AskProblem, "海外仓的货被买家大量退回来"),                    // answer: problem type
        Zh(ProblemZh, AskProblem, "TikTok Shop英国店被封了"),                       // answer: problem type (with platform and market)
        Zh(IssueMarketZh, AskIssueMarket, "墨西哥那单"),                            // answer: issue market
        Zh(ReadinessZh, AskDifferentiation, "基本一样，都是拿货卖"),                // answer: differentiation
        Zh(QualityZh, AskQualityCheck, "每次出货都找第三方验"),                       // answer: quality check
        Zh(TaxRegistrationZh, AskTaxRegistration, "VAT注册了，EPR还没弄"),          // answer: tax registration
    ];
}
