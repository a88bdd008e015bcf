using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the nineteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written blind before the nineteenth pass changed any behaviour, by a
/// helper that wrote only this set, from issue #9's text and by imitating how sellers answer a question in chat (typos,
/// slang and shorthand, amounts, weights and quantities in words or units of their own — pieces, 斤 —, US states and
/// cities, "dunno" / "你看着办", a question back, a correction of an earlier answer, a command, and this pass's kinds: a
/// need told like a problem at the tracking question, a sensitive word of another topic at the differentiation
/// question, people counted in parts), spread over the prompts of all four guides; not from the slot vocabulary and not
/// reusing any earlier wording (checked by a script after lowercasing and removing punctuation and spaces, with a
/// near-match pass). Each line's comment names the slot the reply should fill, or the kind of reply it is (question,
/// correction, command). Never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class NineteenthPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];
    private static readonly string[] TaxRegistrationEn = [.. CertificatesEn, "For some products or markets"];
    private static readonly string[] TaxRegistrationZh = [.. CertificatesZh, "部分产品或市场有"];
    private static readonly string[] SmallBatchesZh = [.. TaxRegistrationZh, "是"];
    private static readonly string[] LeadTimeEn = [.. TaxRegistrationEn, "Yes", "Yes"];
    private static readonly string[] StaffEn = [.. LeadTimeEn, "20"];
    private static readonly string[] StaffZh = [.. SmallBatchesZh, "能", "20"];
    private static readonly string[] LanguageEn = [.. StaffEn, "2"];
    private static readonly string[] LanguageZh = [.. StaffZh, "2"];
    private static readonly string[] CashCycleEn = [.. LanguageEn, "English only", "10000"];
    private static readonly string[] CashCycleZh = [.. LanguageZh, "只会英语", "10000"];
    private static readonly string[] DataEn = [.. CashCycleEn, "1–3 months", "We already sell on cross-border platforms"];
    private static readonly string[] DataZh = [.. CashCycleZh, "1–3 个月", "已经在跨境平台销售"];
    private static readonly string[] TrademarkEn = [.. DataEn, "Sometimes"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "about two and a half kg"),                        // answer: weight (in words)
        En(WeightEn, AskWeight, "6 pieces, 350 g each"),                             // answer: weight (pieces)
        En(DimensionsEn, AskDimensions, "30 long, 20 wide, 8 high in cm"),           // answer: dimensions (in words)
        En(ValueEn, AskValue, "one fifty usd"),                                      // answer: value (in words)
        En(DestinationEn, AskDestination, "a customer in austin, texas"),            // answer: destination (a US state)
        En(DestinationEn, AskDestination, "boise idaho"),                            // answer: destination (a US city and state)
        En(UrgencyEn, AskUrgency, "asap, it's a christmas gift"),                    // answer: urgency
        En(TrackingEn, AskTracking, "the customer wants to see where it is along the way"), // answer: tracking (a wish, not a complaint)
        En(ReturnsEn, AskReturns, "only if it arrives broken"),                      // answer: returns
        En(GoodsEn, AskGoods, "does a coin cell count as a battery?"),               // question
        En(GoodsEn, AskGoods, "hold on, ship it to the netherlands rather than spain"), // correction: destination
        En(ModelEn, AskModel, "mostly small boutiques buying in bulk"),              // answer: model (B2B)
        En(ModelEn, AskModel, "dunno, whichever works better"),                      // answer: model unknown
        En(MarketsEn, AskMarkets, "north america, us and canada mainly"),                                  // answer: markets (a region)
        En(MarketsEn, AskMarkets, "italy, maybe spain later on"),                    // answer: markets (two)
        En(CategoryEn, AskCategory, "hand-poured soap bars"),                        // answer: category (not listed by name)
        En(BudgetEn, AskBudget, "five hundred a month tops"),                        // answer: budget (in words)
        En(ExperienceEn, AskExperience, "zilch"),                                    // answer: experience (slang for none)
        En(BrandEn, AskBrand, "applied for a US trademark, still pending"),          // answer: brand (a market in the clause; markets stay)
        En(ProblemEn, AskProblem, "customer says the box came open and half is missing"), // answer: problem type
        En(IssueMarketEn, AskIssueMarket, "it's about our canada orders"),           // answer: issue market
        En(ReadinessEn, AskDifferentiation, "two of our models have patents, everything else is off-the-shelf"), // answer: differentiation (a sensitive word of another topic)
        En(QualityEn, AskQualityCheck, "an outside inspector does AQL 2.5 on each batch"), // answer: quality check
        En(CertificatesEn, AskCertificates, "which ones does germany need for toys?"), // question
        En(TaxRegistrationEn, AskTaxRegistration, "we got IOSS last year, no EPR"),  // answer: tax registration
        En(LeadTimeEn, AskLeadTime, "around 3 weeks for a normal run"),              // answer: lead time
        En(StaffEn, AskStaff, "one full-time person and two part-time students"),    // answer: staff (counted in parts)
        En(LanguageEn, AskLanguage, "google translate does the job"),                // answer: language (translation tools)
        En(CashCycleEn, AskCashCycle, "cash-wise we can hold stock about 4 months"),    // answer: cash cycle
        En(TrademarkEn, AskTrademark, "cancel, let's do this another day"),          // command: cancel

        Zh(WeightZh, AskWeight, "两公斤半的样子"),                                    // answer: weight (in words)
        Zh(WeightZh, AskWeight, "10个，每个半斤"),                                     // answer: weight (pieces, jin)
        Zh(DimensionsZh, AskDimensions, "长三十宽二十高十五"),                        // answer: dimensions (in words)
        Zh(ValueZh, AskValue, "一千出头"),                                            // answer: value (in words)
        Zh(DestinationZh, AskDestination, "美国加州圣地亚哥"),                        // answer: destination (a US state and city)
        Zh(UrgencyZh, AskUrgency, "别太慢就行"),                                      // answer: urgency
        Zh(TrackingZh, AskTracking, "客户想随时查到货走到哪了"),                      // answer: tracking (a wish, not a complaint)
        Zh(ReturnsZh, AskReturns, "坏了的可以退"),                                    // answer: returns
        Zh(GoodsZh, AskGoods, "里面有瓶香水，算液体吗？"),                            // question
        Zh(GoodsZh, AskGoods, "重量刚才说错了，是5公斤"),                             // correction: weight
        Zh(ModelZh, AskModel, "主要卖给国外的批发商"),                                // answer: model (B2B)
        Zh(ModelZh, AskModel, "不知道，你看着办"),                                    // answer: model unknown
        Zh(MarketsZh, AskMarkets, "欧洲几个大国都想试试"),                            // answer: markets (a region)
        Zh(MarketsZh, AskMarkets, "美国，以后可能加拿大"),                            // answer: markets (two)
        Zh(CategoryZh, AskCategory, "手工香皂"),                                      // answer: category (not listed by name)
        Zh(BudgetZh, AskBudget, "大概一个月三四千"),                                  // answer: budget (a range)
        Zh(ExperienceZh, AskExperience, "亚马逊日本站卖过几个月"),                    // answer: experience (a market in the clause)
        Zh(BrandZh, AskBrand, "商标申请中，还没下来"),                                        // answer: brand
        Zh(ProblemZh, AskProblem, "买家说收到的杯子碎了两个"),                        // answer: problem type
        Zh(IssueMarketZh, AskIssueMarket, "是发澳洲的那批"),                          // answer: issue market
        Zh(ProblemZh, AskProblem, "取消吧，我自己处理"),                              // command: cancel
        Zh(ReadinessZh, AskDifferentiation, "其中两个型号申请过专利，别的都是大路货"), // answer: differentiation (a sensitive word of another topic)
        Zh(QualityZh, AskQualityCheck, "工厂质检员出货前会随机抽几件看"),                       // answer: quality check
        Zh(CertificatesZh, AskCertificates, "玩具卖德国得有啥认证？"),            // question
        Zh(TaxRegistrationZh, AskTaxRegistration, "IOSS办了，EPR没有"),               // answer: tax registration
        Zh(SmallBatchesZh, AskSmallBatches, "起订一百件，可以做定制logo"),            // answer: small batches
        Zh(StaffZh, AskStaff, "两个专职加一个兼职的"),                                // answer: staff (counted in parts)
        Zh(LanguageZh, AskLanguage, "客服用ChatGPT翻译回复"),                          // answer: language (translation tools)
        Zh(CashCycleZh, AskCashCycle, "压货撑三个月左右"),                            // answer: cash cycle
        Zh(DataZh, AskData, "每天都看生意参谋"),                                      // answer: data
    ];
}
