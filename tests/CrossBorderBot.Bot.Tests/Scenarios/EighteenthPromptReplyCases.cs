using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;
using static CrossBorderBot.Tests.Scenarios.PromptSetups;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out prompt replies of the eighteenth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutPromptReplyMeasureTests"/>. Written blind before the eighteenth pass changed any behaviour, by a
/// helper that wrote only this set, from issue #9's text and by imitating how sellers answer a question in chat (typos,
/// slang and shorthand, amounts, weights and quantities in words or units of their own — cartons, pieces, a pallet, 斤 —,
/// US states and cities, "not sure" / "随便", a question back, a correction of an earlier answer, a command, a market
/// named in a clause about another slot, another question's topic told while one waits), spread over the prompts of all
/// four guides; not from the slot vocabulary and not reusing any earlier wording (checked by a script after lowercasing
/// and removing punctuation and spaces). Each line's comment names the slot the reply should fill, or the kind of reply
/// it is (question, correction, command). Never tuned on. The setups reach each prompt the plain way.
/// </summary>
public static class EighteenthPromptReplyCases
{
    private static readonly string[] CertificatesEn = [.. QualityEn, "Occasional spot checks"];
    private static readonly string[] CertificatesZh = [.. QualityZh, "偶尔抽查"];
    private static readonly string[] TaxRegistrationEn = [.. CertificatesEn, "For some products or markets"];
    private static readonly string[] TaxRegistrationZh = [.. CertificatesZh, "部分产品或市场有"];
    private static readonly string[] StaffEn = [.. TaxRegistrationEn, "Yes", "Yes", "20"];
    private static readonly string[] StaffZh = [.. TaxRegistrationZh, "是", "能", "20"];
    private static readonly string[] LanguageEn = [.. StaffEn, "2"];
    private static readonly string[] CashCycleEn = [.. LanguageEn, "English only", "10000"];
    private static readonly string[] CashCycleZh = [.. StaffZh, "2", "只会英语", "10000"];
    private static readonly string[] TrademarkZh = [.. CashCycleZh, "1–3 个月", "已经在跨境平台销售", "偶尔"];
    private static readonly string[] ChannelChoiceEn = [.. CashCycleEn, "1–3 months", "We already sell on cross-border platforms", "Sometimes", "No trademark", "No"];

    public static IReadOnlyList<PromptReplyCase> All { get; } =
    [
        En(WeightEn, AskWeight, "roughly 7 kilo, give or take"),                     // answer: weight
        En(WeightEn, AskWeight, "four boxes at 9 kg a box"),                         // answer: weight (cartons)
        En(WeightEn, AskWeight, "half a pallet, ~150kg"),                            // answer: weight (a pallet)
        En(DimensionsEn, AskDimensions, "shoe box sized, 33x20x12"),                 // answer: dimensions
        En(DimensionsEn, AskDimensions, "no idea of the box size yet"),           // answer: dimensions unknown
        En(ValueEn, AskValue, "about eighty bucks"),                                 // answer: value (in words)
        En(ValueEn, AskValue, "30 pcs at 4 usd each"),                               // answer: value (per piece)
        En(DestinationEn, AskDestination, "phoenix, arizona"),                       // answer: destination (a US city and state)
        En(DestinationEn, AskDestination, "is hawaii pricier than the mainland?"),   // question
        En(UrgencyEn, AskUrgency, "the cheapest option is fine by me"),                   // answer: urgency default
        En(GoodsEn, AskGoods, "there's a power bank in there"),                      // answer: sensitive goods (battery)
        En(GoodsEn, AskGoods, "wait, the weight is 3.5 kg not 1"),                   // correction: weight
        En(ModelEn, AskModel, "both shops and end users"),                           // answer: model (mixed)
        En(ModelEn, AskModel, "we supply retailers in bulk"),                        // answer: model (B2B)
        En(MarketsEn, AskMarkets, "australia and singapore"),                        // answer: markets (two)
        En(MarketsEn, AskMarkets, "anywhere in the EU really"),                      // answer: markets (a region)
        En(CategoryEn, AskCategory, "pet beds and scratching posts"),                // answer: category (not listed by name)
        En(CategoryEn, AskCategory, "what categories sell best in france?"),         // question
        En(BudgetEn, AskBudget, "about 3 grand a month"),                            // answer: budget (shorthand)
        En(BudgetEn, AskBudget, "skip, not sure yet"),                               // answer: budget unknown
        En(ExperienceEn, AskExperience, "ran a shopify store for 2 years"),          // answer: experience
        En(BrandEn, AskBrand, "our trademark is registered in the US only"),         // answer: brand (a market in the clause; markets stay)
        En(ProblemEn, AskProblem, "buyer in oregon got the wrong colour"),           // answer: problem type (with a US state)
        En(IssueMarketEn, AskIssueMarket, "parcel was going to poland"),             // answer: issue market
        En(ReadinessEn, AskDifferentiation, "similar to others but we bundle accessories"), // answer: differentiation
        En(CertificatesEn, AskCertificates, "not sure what we'd need tbh"),          // answer: certificates unknown
        En(TaxRegistrationEn, AskTaxRegistration, "by the way there are 4 of us doing online sales"), // answer: staff (another slot while tax waits)
        En(StaffEn, AskStaff, "just me and my cousin, part time"),                   // answer: staff (words)
        En(LanguageEn, AskLanguage, "we use deepl for german buyers"),               // answer: language (translation tools)
        En(ChannelChoiceEn, AskChannelChoice, "our forwarder handles all of it"),    // answer: channel choice

        Zh(WeightZh, AskWeight, "三公斤出头"),                                        // answer: weight
        Zh(WeightZh, AskWeight, "两箱，一箱十二斤"),                                  // answer: weight (cartons, jin)
        Zh(WeightZh, AskWeight, "一托，两百多公斤"),                                  // answer: weight (a pallet)
        Zh(DimensionsZh, AskDimensions, "长40宽30高25公分"),                            // answer: dimensions
        Zh(DimensionsZh, AskDimensions, "不知道，普通纸箱"),                          // answer: dimensions unknown
        Zh(ValueZh, AskValue, "三百来块钱"),                                          // answer: value (in words)
        Zh(ValueZh, AskValue, "一件五十块，十件"),                                    // answer: value (per piece)
        Zh(DestinationZh, AskDestination, "佛罗里达的奥兰多"),                        // answer: destination (a US state and city)
        Zh(UrgencyZh, AskUrgency, "越快越好，客户催了"),                              // answer: urgency
        Zh(TrackingZh, AskTracking, "有没有跟踪差价大吗？"),                          // question
        Zh(ReturnsZh, AskReturns, "质量问题才给退"),                                  // answer: returns
        Zh(GoodsZh, AskGoods, "里面有两节干电池"),                                    // answer: sensitive goods (battery)
        Zh(GoodsZh, AskGoods, "等一下，目的地是意大利不是西班牙"),                    // correction: destination
        Zh(ModelZh, AskModel, "国外的小商店和个人都卖"),                              // answer: model (mixed)
        Zh(ModelZh, AskModel, "做批发的"),                                            // answer: model (B2B)
        Zh(MarketsZh, AskMarkets, "东南亚，泰国和越南"),                              // answer: markets (two)
        Zh(MarketsZh, AskMarkets, "不知道，你帮我看哪个好"),                          // answer: markets unknown
        Zh(CategoryZh, AskCategory, "宠物窝跟猫抓板"),                                // answer: category (not listed by name)
        Zh(BudgetZh, AskBudget, "一个月五千上下"),                                    // answer: budget
        Zh(ExperienceZh, AskExperience, "淘宝做过三年，跨境没做过"),                  // answer: experience
        Zh(BrandZh, AskBrand, "商标在欧盟注册了"),                                    // answer: brand (a market in the clause; markets stay)
        Zh(BrandZh, AskBrand, "先不弄了，取消"),                                      // command: cancel
        Zh(ProblemZh, AskProblem, "亚马逊美国站要我们补充电宝的UL报告"),              // answer: problem type (with platform and market)
        Zh(IssueMarketZh, AskIssueMarket, "发往墨西哥的那单"),                        // answer: issue market
        Zh(ReadinessZh, AskDifferentiation, "跟别家差不多，就是包装好看点"),          // answer: differentiation
        Zh(QualityZh, AskQualityCheck, "每批都请第三方验货"),                         // answer: quality check
        Zh(TaxRegistrationZh, AskTaxRegistration, "这个不懂，跳过"),                  // answer: tax registration unknown
        Zh(StaffZh, AskStaff, "三个半人吧，有一个兼职"),                              // answer: staff (words)
        Zh(CashCycleZh, AskCashCycle, "撑半年没问题"),                                // answer: cash cycle
        Zh(TrademarkZh, AskTrademark, "国内注册了，国外还没有"),                      // answer: trademark (China only)
    ];
}
