using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the seventeenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written blind before the seventeenth pass changed any behaviour, by
/// a helper that wrote only this set, from issue #9's text and by imitating how sellers answer a question in chat (typos,
/// slang and shorthand, amounts, weights and quantities in words or units of their own — cartons, pieces, a pallet, 斤,
/// 半吨 —, US states and cities, mixed languages, "dont know" / "随便", a topic declined, a question back, a correction of
/// an earlier answer, a command), spread over the prompts of all four guides; not from the slot vocabulary and not
/// reusing any earlier wording (checked by a script after lowercasing and removing punctuation). Each line's comment
/// names the slot the reply should fill, or the kind of reply it is (question, correction, command). Never tuned on. The
/// setups reach each prompt the plain way.
/// </summary>
public static class SeventeenthPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];
    private static readonly string[] TaxRegistrationEn = [.. CertificatesEn, "For some products or markets"];
    private static readonly string[] TaxRegistrationZh = [.. CertificatesZh, "部分产品或市场有"];
    private static readonly string[] SmallBatchesEn = [.. TaxRegistrationEn, "Yes"];
    private static readonly string[] SmallBatchesZh = [.. TaxRegistrationZh, "是"];
    private static readonly string[] LeadTimeEn = [.. SmallBatchesEn, "Yes"];
    private static readonly string[] LeadTimeZh = [.. SmallBatchesZh, "能"];
    private static readonly string[] StaffZh = [.. LeadTimeZh, "20"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "bout 4 kilos i think"),                             // answer: weight
        En(WeightEn, AskWeight, "3 cartons, 11kg apiece"),                           // answer: weight (cartons)
        En(WeightEn, AskWeight, "one pallet, maybe 250 kg"),                         // answer: weight (a pallet)
        En(DimensionsEn, AskDimensions, "40cm x 30cm x 18cm"),                       // answer: dimensions
        En(DimensionsEn, AskDimensions, "no clue, small box"),                       // answer: dimensions unknown
        En(ValueEn, AskValue, "two hundred fifty dollars"),                          // answer: value (in words)
        En(ValueEn, AskValue, "its 12 bucks a piece, 20 pieces"),                    // answer: value (per piece)
        En(DestinationEn, AskDestination, "miami, florida"),                         // answer: destination (a US city and state)
        En(DestinationEn, AskDestination, "to ohio"),                                // answer: destination (a US state)
        En(UrgencyEn, AskUrgency, "no hurry whatsoever"),                            // answer: urgency
        En(TrackingEn, AskTracking, "whats the difference in price with tracking?"), // question
        En(GoodsEn, AskGoods, "a couple of aa batteries packed in the box"),         // answer: sensitive goods
        En(ModelEn, AskModel, "regular folks buying for themselves"),                // answer: model
        En(ModelEn, AskModel, "mostly b2b tbh, some retail"),                        // answer: model (mixed)
        En(MarketsEn, AskMarkets, "canada and mexico both"),                         // answer: markets (two)
        En(MarketsEn, AskMarkets, "actually its b2b not b2c, sorry"),                // correction: model
        En(CategoryEn, AskCategory, "scented candles and wax melts"),                // answer: category (not listed by name)
        En(CategoryEn, AskCategory, "dog beds"),                                     // answer: category (not listed by name)
        En(BudgetEn, AskBudget, "1.2k eur"),                                         // answer: budget (shorthand)
        En(BudgetEn, AskBudget, "no idea, whatever a starter needs"),                // answer: budget unknown
        En(ExperienceEn, AskExperience, "sold on amazon us for about 18 months"),     // answer: experience
        En(ExperienceEn, AskExperience, "cancel pls"),                               // command: cancel
        En(BrandEn, AskBrand, "trademark pending in the eu"),                        // answer: brand (in progress)
        En(ProblemEn, AskProblem, "customer in ohio says the lamp came smashed"),    // answer: problem type (with a US state)
        En(IssueMarketEn, AskIssueMarket, "it was going to the uk"),                 // answer: issue market
        En(ReadinessEn, AskDifferentiation, "our own designs, made to order"),       // answer: differentiation
        En(CertificatesEn, AskCertificates, "just CE for now"),                       // answer: certificates
        En(TaxRegistrationEn, AskTaxRegistration, "not now, skip the tax stuff"),    // answer: tax registration declined
        En(SmallBatchesEn, AskSmallBatches, "we can do runs of 100 with logos"),     // answer: small batches
        En(LeadTimeEn, AskLeadTime, "roughly three weeks from order"),               // answer: lead time (in words)

        Zh(WeightZh, AskWeight, "大概六斤"),                                          // answer: weight (jin)
        Zh(WeightZh, AskWeight, "五箱，每箱十公斤"),                                  // answer: weight (cartons)
        Zh(WeightZh, AskWeight, "半吨多一点"),                                        // answer: weight (half a tonne)
        Zh(DimensionsZh, AskDimensions, "长50宽30高20"),                              // answer: dimensions
        Zh(DimensionsZh, AskDimensions, "箱子大小还没量过"),                                // answer: dimensions unknown
        Zh(ValueZh, AskValue, "一共八百块左右"),                                      // answer: value (in words)
        Zh(ValueZh, AskValue, "20美金一件，共10件"),                                  // answer: value (per piece)
        Zh(DestinationZh, AskDestination, "得州达拉斯"),                              // answer: destination (a US state and city)
        Zh(DestinationZh, AskDestination, "纽约那边"),                                // answer: destination (a US city)
        Zh(UrgencyZh, AskUrgency, "三到五天得到"),                                    // answer: urgency
        Zh(TrackingZh, AskTracking, "随你定"),                                        // answer: tracking default
        Zh(ReturnsZh, AskReturns, "退货这块暂时不管"),                                    // answer: returns declined
        Zh(GoodsZh, AskGoods, "箱子里放了瓶香水"),                                          // answer: sensitive goods (liquid)
        Zh(GoodsZh, AskGoods, "目的地改成荷兰"),                                      // correction: destination
        Zh(ModelZh, AskModel, "面向普通老百姓"),                                      // answer: model
        Zh(MarketsZh, AskMarkets, "北美，美国加拿大都要"),                            // answer: markets (two)
        Zh(MarketsZh, AskMarkets, "美国哪些州好卖？"),                                // question
        Zh(CategoryZh, AskCategory, "瑜伽垫和弹力带"),                                // answer: category (two products)
        Zh(CategoryZh, AskCategory, "香薰蜡烛和蜡片"),                                      // answer: category (not listed by name)
        Zh(BudgetZh, AskBudget, "每月两到三万"),                                    // answer: budget (range)
        Zh(BudgetZh, AskBudget, "说不准，你帮我定"),                                  // answer: budget unknown
        Zh(ExperienceZh, AskExperience, "eBay上卖过半年"),                            // answer: experience (mixed language)
        Zh(BrandZh, AskBrand, "商标正在注册"),                                        // answer: brand (in progress)
        Zh(BrandZh, AskBrand, "退出，不弄了"),                                        // command: cancel
        Zh(ProblemZh, AskProblem, "加州的买家说收到的货少了两件"),                    // answer: problem type (with a US state)
        Zh(IssueMarketZh, AskIssueMarket, "寄去巴西的"),                              // answer: issue market
        Zh(ReadinessZh, AskDifferentiation, "都是自己设计的款"),                      // answer: differentiation
        Zh(CertificatesZh, AskCertificates, "只有CE，别的没有"),                      // answer: certificates
        Zh(LeadTimeZh, AskLeadTime, "一般两周"),                                      // answer: lead time
        Zh(StaffZh, AskStaff, "两个全职加一个兼职"),                                  // answer: staff (words)
    ];
}
