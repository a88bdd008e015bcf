using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The sixth pass's dev scenarios: what the pass tuned on, written in wording of their own for the gaps batch 5 and
/// batch 4 showed (looked at, so no longer held out) and the known open list — Chinese words beside Latin letters
/// ("QC全检"), "not wanted" after the thing named ("退货这块不考虑"), "can't say" at an amount question, hedged answers,
/// lead times in weeks, a language switch with a lead-in, "and if…" what-ifs, products named in the user's words, a
/// request to work out a cost, the market asked after a problem named without one. Not a measure of anything.
/// </summary>
public static class SixthDevScenarios
{
    private const string AskTaxRegistration = "VAT/GST, IOSS and EPR|增值税/GST、IOSS 和 EPR";
    private const string Assumed = "(?i)I'll assume|我先按";

    private static readonly ScenarioTurn[] ToResultEn =
        [Say.That("help me choose logistics"), Say.That("2 kg"), Say.That("skip"), Say.That("50 usd"), Say.That("france"), Say.That("standard"), Say.That("yes"), Say.That("no"), Say.That("no").Sees(LogisticsResult)];

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        Zh("chinese-phrase-beside-latin-letters",
            Say.That("帮我评估出海准备度").Sees(AskDifferentiation),
            Say.That("一些").Sees(AskQualityCheck),
            Say.That("发货前做QC全检").Sees(AskCertificates)),
        En("a-yes-for-part-and-a-no-for-the-rest",
            Say.That("assess our readiness"), Say.That("some"), Say.That("spot checks").Sees(AskCertificates),
            Say.That("UKCA yes, for the US not yet").Sees(AskTaxRegistration)),
        Zh("not-wanted-after-the-thing-named",
            Say.That("帮我选物流"), Say.That("1公斤"), Say.That("跳过"), Say.That("100元"), Say.That("日本"), Say.That("标准"), Say.That("要"),
            Say.That("退货这块不考虑").Sees(AskGoods).Never(AskReturns)),
        Zh("cant-say-at-the-budget-question",
            Say.That("帮我选平台"), Say.That("B2C"), Say.That("英国"), Say.That("玩具").Sees(AskBudget),
            Say.That("说不准").Sees(Assumed, AskExperience)),
        En("hedged-answer-with-a-patent",
            Say.That("assess our readiness").Sees(AskDifferentiation),
            Say.That("sort of unique, we own a design patent").Sees(AskQualityCheck)),
        Zh("lead-time-in-weeks",
            Say.That("帮我评估出海准备度"), Say.That("一些"), Say.That("抽检"), Say.That("有"), Say.That("有"), Say.That("可以"),
            Say.That("差不多三周吧").Sees(AskStaff)),
        Zh("language-switch-with-a-lead-in",
            Say.That("帮我选物流").Sees(AskWeight),
            Say.That("ok, english please").Sees("How much does one parcel weigh").Never("单个包裹多重")),
        En("and-if-after-a-result",
            [.. ToResultEn, Say.That("um and if there were a lithium battery in it?").Sees(LogisticsResult).Never(AskWeight, AskGoods)]),
        En("products-named-in-the-users-words",
            Say.That("we need to send bluetooth speakers and also phone cases to spain, 1 kg each")
                .Sees("(?i)bluetooth speaker", "(?i)phone case").Never(AskDestination, AskWeight)),
        Zh("work-out-the-shipping-cost",
            Say.That("帮我算算寄到日本的运费").Sees(AskWeight).Never(AskDestination)),
        En("work-out-the-shipping-cost",
            Say.That("could you estimate the shipping cost for me").Sees(AskWeight)),
        En("goods-that-must-reach-a-buyer-start-the-logistics-guide",
            Say.That("we have two pallets of tiles that must reach our distributor in Hungary").Sees(AskWeight).Never(AskDestination)),
        Zh("goods-that-must-reach-a-buyer-start-the-logistics-guide",
            Say.That("这批样品要寄到荷兰的客户那里").Sees(AskWeight).Never(AskDestination)),
        En("problem-without-a-market-asks-the-market",
            Say.That("we got an IP complaint on our listing, what now").Sees(AskIssueMarket).Never(AskProblem),
            Say.That("what is a DMCA notice?").Sees(Answered, AskIssueMarket),
            Say.That("germany").Sees(BestMatch).Never(AskIssueMarket)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev6-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev6-zh-" + name, "zh-CN", turns);
}
