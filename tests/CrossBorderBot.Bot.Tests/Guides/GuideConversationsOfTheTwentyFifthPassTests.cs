using CrossBorderBot.Tests.Scenarios;
using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The guides' conversation mechanisms added in the twenty-fifth pass, each through the real bot: a problem told on a
/// marketplace that sells in one home market takes that market, and one told on a platform that sells everywhere from one
/// seller account goes to the best match without asking a market (a marketplace with country sites still asks); a
/// market told alone at the confirmation ("germany", "西班牙站") finds the match again for that market; a
/// question that is one of a step's answers ("anything else?", "还有吗") goes on; the plan asked to be shown at a result;
/// an own store (独立站) is no country.
/// </summary>
public sealed class GuideConversationsOfTheTwentyFifthPassTests
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondStep = "(?i)Step 2 of|第 2 步";

    public static TheoryData<string> Names => ScenarioRunner.Names(All);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Passes(string name) => await ScenarioRunner.AssertPassesAsync(All, name);

    private static readonly IReadOnlyList<ConversationScenario> All =
    [
        new("pass25-en-fix-home-market-of-the-marketplace", "en-US",
        [
            Say.That("rakuten removed our tea set listings over a trademark complaint").Sees(BestMatch, "Japan").Never(AskIssueMarket, AskProblem),
        ]),
        new("pass25-zh-fix-home-market-of-the-marketplace", "zh-CN",
        [
            Say.That("Walmart平台说我们的台灯侵权，把链接下了").Sees(BestMatch, "美国").Never(AskIssueMarket, AskProblem),
        ]),
        new("pass25-en-fix-one-account-for-every-market", "en-US",
        [
            Say.That("dhgate froze our store after a counterfeit complaint about our watches").Sees(BestMatch, "one seller account").Never(AskIssueMarket, AskProblem),
            Say.That("yes").Sees(FirstStep),
        ]),
        new("pass25-zh-fix-one-account-for-every-market", "zh-CN",
        [
            Say.That("Temu把我们的店铺封了，说发货超时太多").Sees(BestMatch, "一个卖家账户").Never(AskIssueMarket, AskProblem),
        ]),
        new("pass25-en-fix-market-told-at-the-confirmation", "en-US",
        [
            Say.That("temu suspended our store, they say our late shipment rate is too high").Sees(BestMatch).Never(AskIssueMarket),
            Say.That("germany").Sees(BestMatch, "Germany").Never(NotUnderstood),
            Say.That("yes").Sees(FirstStep),
        ]),
        new("pass25-zh-fix-market-told-at-the-confirmation", "zh-CN",
        [
            Say.That("速卖通说我们发货太慢，把店铺封了").Sees(BestMatch).Never(AskIssueMarket),
            Say.That("西班牙站").Sees(BestMatch, "西班牙").Never(NotUnderstood),
        ]),
        new("pass25-en-fix-marketplace-with-country-sites-still-asks", "en-US",
        [
            Say.That("ebay took down our phone case listings after a design patent complaint").Sees(AskIssueMarket).Never(BestMatch),
        ]),
        new("pass25-en-fix-what-else-at-a-step-goes-on", "en-US",
        [
            Say.That("our parcel to canada is stuck at customs, they ask for a commercial invoice").Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("anything else?").Sees(SecondStep).Never(NotUnderstood),
        ]),
        new("pass25-zh-fix-what-else-at-a-step-goes-on", "zh-CN",
        [
            Say.That("寄到澳大利亚的包裹被海关扣了，要我们补发票").Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("还有呢").Sees(SecondStep).Never(NotUnderstood),
        ]),
        new("pass25-en-logistics-plan-asked-to-be-shown", "en-US",
        [
            Say.That("shipping a 1 kg box of wooden puzzles to a customer in dublin").Never(AskWeight, AskDestination),
            Say.That("30x20x10").Sees(AskValue),
            Say.That("45 usd").Sees(AskUrgency),
            Say.That("standard").Sees(AskTracking),
            Say.That("yes").Sees(AskReturns),
            Say.That("no").Sees(AskGoods),
            Say.That("no").Sees(LogisticsResult),
            Say.That("can you show me that plan").SeesOnce("Logistics plan: ").Never(NotUnderstood),
        ]),
        new("pass25-en-platform-budget-currency-corrected", "en-US",
        [
            Say.That("which platform for selling ceramic mugs to consumers in australia?").Sees(AskBudget),
            Say.That("about 2000 a month").Sees(AskExperience),
            Say.That("sorry, i meant aud, not usd").Sees("2[,.]?000 AUD", AskExperience).Never(NotUnderstood),
        ]),
        new("pass25-zh-platform-budget-currency-corrected", "zh-CN",
        [
            Say.That("陶瓷杯想卖给澳洲的个人买家，哪个平台好").Sees(AskBudget),
            Say.That("一个月2000").Sees(AskExperience),
            Say.That("搞错了，是欧元不是人民币").Sees("2[,.]?000 EUR", AskExperience).Never(NotUnderstood),
        ]),
        new("pass25-en-platform-marketplace-site-at-experience-is-no-market", "en-US",
        [
            Say.That("which platform for selling ceramic mugs to consumers in australia?").Sees(AskBudget),
            Say.That("about 2000 usd a month").Sees(AskExperience),
            Say.That("we've been on amazon japan for two years").Sees(AskBrand).Never("Japan"),
        ]),
        new("pass25-zh-platform-own-store-is-no-country", "zh-CN",
        [
            Say.That("我在Shopify独立站卖瑜伽裤，想卖给澳洲个人买家，再开个平台").Sees(AskBudget).Never("立陶宛"),
        ]),
    ];
}
