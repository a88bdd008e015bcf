using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Held-out opening messages of the twenty-second pass, kept apart from the older sets and measured separately by
/// <see cref="HeldOutOpeningMessageMeasureTests"/>: a task stated (the guide's first open question must follow), a
/// question asked (an answer or an honest "don't know", including ones naming a guide's topic, a threshold or a fee, and
/// ones the base cannot answer), or a problem reported (the fix-an-issue guide, past its problem question: a chargeback,
/// a customs hold, a listing removal, a suspension). Written blind before the twenty-second pass changed any behaviour,
/// by a helper that wrote only this set and changed no code, in wording of its own (several products or markets in one
/// request, Chinese with English terms such as FBA, VAT and DDP); checked by a script against earlier sets and corpora;
/// never tuned on.
/// </summary>
public static class TwentySecondOpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "we do ceramic mugs and glass teapots, where should we sell them online for buyers in japan and korea", Platform),
        ("en-US", "need a quote-ish for 2 cartons of car seat covers, 18kg total, going to Riyadh", Logistics),
        ("en-US", "a buyer in Melbourne just hit us with a chargeback, says the drone we sent is broken", Problem),
        ("en-US", "noon pulled 40 of our listings in the UAE overnight, no clear reason given", Problem),
        ("en-US", "what's the referral fee amazon charges on kitchen stuff?", Answered),
        ("en-US", "tiny team of 2, we make candles, honestly are we ready to go cross-border or not", "(?i)how ready"),
        ("en-US", "is there still a GST threshold for low value parcels into new zealand?", Answered),
        ("en-US", "who won the football last night lol", Answered),
        ("zh-CN", "我们做瑜伽服和运动内衣，想卖到美国和澳洲，平台怎么选", Platform),
        ("zh-CN", "两箱LED灯带走DDP发德国，一共25公斤，怎么安排物流", Logistics),
        ("zh-CN", "英国FBA仓入库的时候说我们的货标签不对，整批被拒收了", Problem),
        ("zh-CN", "Shopee菲律宾把我的店封了七天，说发货太慢", Problem),
        ("zh-CN", "卖到欧盟的小包裹，IOSS和普通VAT申报有啥区别", Answered),
        ("zh-CN", "我们十来个人的工贸一体公司，做跨境电商条件够吗", "准备度"),
        ("zh-CN", "听说墨西哥给中国货加税了，真的假的", Answered),
        ("zh-CN", "推荐几部好看的电视剧呗", Answered),
    ];
}
