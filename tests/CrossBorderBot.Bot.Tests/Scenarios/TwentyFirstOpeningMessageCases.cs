using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-first pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including one naming a guide's topic and ones the base cannot
/// answer), or a problem reported (the fix-an-issue guide, past its problem question). Written blind before the
/// twenty-first pass changed any behaviour, by a helper that wrote only this set and changed no code, in wording of its
/// own (products in the seller's words, stories naming a platform or a city, a readiness doubt told with the team's
/// size); checked by a script against earlier sets and corpora; never tuned on.
/// </summary>
public static class TwentyFirstOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "we make stainless thermos bottles, which platform would get us into the korean market", Platform),
        ("en-US", "a gym in Perth wants 6 kg of foam yoga bricks from us, what would shipping run", Logistics),
        ("en-US", "ebay put my account on hold and says I have to verify my identity again", Problem),
        ("en-US", "buyer in Lisbon says the lamp arrived with a cracked base, she wants her money back", Problem),
        ("en-US", "does a bluetooth speaker need UKCA marking to be sold in britain?", Answered),
        ("en-US", "we're 5 people with a small garment workshop, are we set up well enough to start selling online abroad?", "(?i)how ready"),
        ("en-US", "up to what value do small parcels get into Canada without duty now?", Answered),
        ("en-US", "can you recommend a good hotpot restaurant in Chengdu", Answered),
        ("zh-CN", "渔具工厂想开拓美国市场，该上哪家电商平台", Platform),
        ("zh-CN", "三公斤的茶具寄到新加坡，什么物流划算", Logistics),
        ("zh-CN", "Lazada泰国那边警告我们店铺，理由是主图盗用了别人的图片", Problem),
        ("zh-CN", "德国买家收到的电动牙刷不能充电，要退货退款", Problem),
        ("zh-CN", "卖化妆品到英国需要做什么备案", Answered),
        ("zh-CN", "公司就三四号人，现在上跨境电商够格吗", "准备度"),
        ("zh-CN", "往欧盟发小件包裹，对方收货时得付增值税吗", Answered),
        ("zh-CN", "深圳明天天气咋样，要带伞不", Answered),
    ];
}
