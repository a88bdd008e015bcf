using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-fifth pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know"), or a problem reported (the fix-an-issue guide, past its problem
/// question). Written blind before the twenty-fifth pass changed any behaviour, by a helper that wrote only this set and
/// changed no code. Like the twenty-fifth scenarios it is REPRESENTATIVE, not a stress test: the first messages typical
/// small exporters send, in proportion (shipping a parcel, choosing a platform, a readiness check, a problem on an order
/// or a listing, a compliance or tax question), typed naturally and drawing on the kinds earlier sets covered, none
/// stressed; checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentyFifthOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string Readiness = "(?i)how ready|准备度";

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "hi, 3kg box of oolong tea needs to go to lyon, france. best way?", Logistics),
        ("en-US", "gotta get 1.5 kg of fabric swatches to a buyer in dubai, thoughts?", Logistics),
        ("en-US", "which platform is good for selling yoga mats in the US?", Platform),
        ("en-US", "small factory of 20 ppl here, reckon we're ready to sell online overseas yet?", Readiness),
        ("en-US", "aussie customer says his kettle showed up with a cracked lid, wants money back", Problem),
        ("en-US", "our etsy listings got removed for trademark infringement", Problem),
        ("en-US", "is IOSS a must if we ship from china to shoppers in the EU?", Answered),
        ("en-US", "whats the import duty on phone chargers going into the UK?", Answered),
        ("zh-CN", "发一箱5公斤的衣服到日本，走什么物流好", Logistics),
        ("zh-CN", "有个客户在洛杉矶，要寄几件样品过去，怎么发划算", Logistics),
        ("zh-CN", "我们做家居用品的，想上个跨境平台，推荐一下", Platform),
        ("zh-CN", "我们这种小公司，做跨境够不够格？帮忙评一下", Readiness),
        ("zh-CN", "有个德国买家嫌东西做工差，留了一星评价", Problem),
        ("zh-CN", "发往墨西哥的货被海关扣了，怎么办", Problem),
        ("zh-CN", "毛绒玩具进欧盟得有哪些认证啊", Answered),
        ("zh-CN", "寄美国的几十美元小包裹，现在还能免关税不", Answered),
    ];
}
