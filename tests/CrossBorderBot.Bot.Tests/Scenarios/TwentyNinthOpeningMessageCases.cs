using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-ninth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/> (the "twentyNinth" row of <see cref="HeldOutParts"/>): a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know"), or a problem reported (the fix-an-issue guide, past its problem
/// question). Written blind before this pass (session 30) changed any behaviour, by a helper that wrote only this set and
/// changed no code. Like the twenty-ninth scenarios it is REPRESENTATIVE, not a stress test: the first messages typical
/// small exporters send, in proportion (shipping a parcel, choosing a platform, a readiness check, a problem on an order,
/// a listing or an account, a compliance or tax question), typed naturally and drawing on the kinds earlier sets covered,
/// none stressed; checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentyNinthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "what's a good way to get 2 boxes of ceramic tiles, 45 kg, to a client in perth", Logistics),
        ("en-US", "pls help, need to send a 1kg sample of phone cases to korea asap", Logistics),
        ("en-US", "we're a kitchenware trading company, which site should we sell on in mexico?", Platform),
        ("en-US", "before we try selling abroad i'd like to see how ready our little factory is", Readiness),
        ("en-US", "walmart marketplace suspended our seller account yesterday, no reason given", Problem),
        ("en-US", "our parcel to dubai has been sitting in customs a week, they want documents", Problem),
        ("en-US", "do children's toys need CE marking to be sold in france?", Answered),
        ("en-US", "what's the VAT on small parcels going into the uk now?", Answered),
        ("zh-CN", "一箱窗帘15公斤，要发到加拿大温哥华，走什么渠道好", Logistics),
        ("zh-CN", "给泰国客户寄样品，两百克左右，怎么寄最划算", Logistics),
        ("zh-CN", "我们做户外家具，欧洲那边卖的话，平台选哪个合适", Platform),
        ("zh-CN", "小公司想做跨境，帮我们评估一下现在的基础", Readiness),
        ("zh-CN", "Temu说我们的商品质量差，退货率太高，要下架", Problem),
        ("zh-CN", "发往澳洲的货在海关被查扣了，说电池不合规", Problem),
        ("zh-CN", "卖到美国的儿童玩具一定要CPC证书吗", Answered),
        ("zh-CN", "欧盟IOSS是卖家自己申请还是平台代缴", Answered),
    ];
}
