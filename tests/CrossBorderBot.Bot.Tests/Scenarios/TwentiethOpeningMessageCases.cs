using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twentieth pass, kept apart from the older sets and measured separately by
/// <see cref="OlderHeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including one naming a guide's topic and ones the base cannot
/// answer), or a problem reported (the fix-an-issue guide, past its problem question). Written blind before the
/// twentieth pass changed any behaviour, by a helper that wrote only this set and changed no code, in wording of its
/// own (products in the seller's words, stories naming a platform or a city, a readiness doubt told with the team's
/// size); checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentiethOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "we roast specialty coffee beans, which online marketplace would get them in front of japanese buyers", Platform),
        ("en-US", "how much to ship 4 kg of knitting yarn to a customer in Toronto", Logistics),
        ("en-US", "walmart marketplace froze our payouts and says our seller account is under review", Problem),
        ("en-US", "customer in Rome says half the espresso cups came smashed, she is asking for a refund", Problem),
        ("en-US", "do solar garden lights need a WEEE registration to be sold in France?", Answered),
        ("en-US", "before we spend money on ads abroad, can you tell if our 12-person workshop is ready for it?", "(?i)how ready"),
        ("en-US", "below what value can a parcel enter Australia without duty nowadays?", Answered),
        ("en-US", "who is going to win the next election in brazil", Answered),
        ("zh-CN", "竹制餐具想通过跨境平台卖到英国，哪家平台适合我们", Platform),
        ("zh-CN", "一箱十公斤的毛绒玩具要发到迪拜，怎么走物流便宜", Logistics),
        ("zh-CN", "Shopee马来站说我们的充电线没有SIRIM认证，把商品下架了", Problem),
        ("zh-CN", "法国客户说收到的香薰蜡烛碎了好几个，要求退款", Problem),
        ("zh-CN", "卖儿童玩具到欧盟需要办哪些认证", Answered),
        ("zh-CN", "服装厂十几个人，不确定现在做跨境有没有基础", "准备度"),
        ("zh-CN", "美国对中国寄过去的小包裹现在还免税吗", Answered),
        ("zh-CN", "这周末杭州适合去爬山吗", Answered),
    ];
}
