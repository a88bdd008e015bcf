using CrossBorderBot.Tests.Scenarios;
using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The guides' conversation mechanisms added in the twenty-second pass, each through the real bot: goods named in the
/// platform request are never asked for, the platform result asked for early takes the defaults and says so, a place
/// added at the result keeps the others, a weight changed by a factor is a what-if, the difference to the result before
/// is answered, a playbook step not understood is explained, prevention asked at a step is the playbook's, and the
/// readiness form answered in free text notes what it said.
/// </summary>
public sealed class GuideConversationsOfTheTwentySecondPassTests
{
    private const string Assumed = "(?i)assum|默认|假设|先按";
    private const string ReadinessForm = "(?i)Fill in what you can|请填写您能回答的问题";
    private const string Step = "(?i)Step \\d+ of|第 \\d+ 步";

    public static TheoryData<string> Names => ScenarioRunner.Names(All);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Passes(string name) => await ScenarioRunner.AssertPassesAsync(All, name);

    private static readonly IReadOnlyList<ConversationScenario> All =
    [
        new("pass22-en-platform-goods-kept-early-result-added-market", "en-US",
        [
            Say.That("b2c linen aprons, where do we list them?").Sees(AskMarkets).Never(AskCategory, AskModel),
            Say.That("the uk").Sees(AskBudget).Never(AskCategory),
            Say.That("I don't know the rest, just give me your pick").Sees(PlatformResult, Assumed).Never(AskBudget, NotUnderstood),
            Say.That("add ireland to the list as well, not instead").Sees(PlatformResult, "Ireland", "United Kingdom|\\bUK\\b"),
        ]),
        new("pass22-zh-platform-goods-kept-early-result", "zh-CN",
        [
            Say.That("有一批竹编篮子想卖去美国，用哪个平台").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("零售").Sees(AskBudget).Never(AskCategory),
            Say.That("剩下的先不答了，按现有的信息给我推荐").Sees(PlatformResult, Assumed).Never(AskBudget, NotUnderstood),
        ]),
        new("pass22-en-logistics-weight-by-a-factor-and-the-difference", "en-US",
        [
            Say.That("shipping 4 kg of wool blankets to ireland").Never(AskWeight, AskDestination),
            Say.That("30 20 20").Sees(AskValue),
            Say.That("200 usd").Sees(AskUrgency),
            Say.That("standard").Sees(AskTracking),
            Say.That("yes").Sees(AskReturns),
            Say.That("no").Sees(AskGoods),
            Say.That("no").Sees(LogisticsResult, "4\\s?kg"),
            Say.That("what if the parcel weighed twice as much?").Sees(LogisticsResult, "8\\s?kg").Never(AskWeight, NotUnderstood),
            Say.That("and the difference in price?").Sees("(?i)cheaper|more expensive|costs? more|costs? less|differen|higher|lower|than|the same").Never(NotUnderstood, "(?i)don't know that yet"),
        ]),
        new("pass22-zh-fix-step-not-understood-and-prevention", "zh-CN",
        [
            Say.That("亚马逊美国站说我们的店铺被封了").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("对").Sees(Step + "|" + AskIssueMarket),
            Say.That("这一步我看不懂").Sees(Step).Never(NotUnderstood, AskProblem),
            Say.That("今后怎么避免这种情况").Sees("如何避免再次发生").Never(NotUnderstood, "还不知道答案"),
        ]),
        new("pass22-en-readiness-form-answered-in-free-text", "en-US",
        [
            Say.That("please run a readiness check for us, we make wooden toys").Sees(ReadinessForm),
            Say.That("no trademark yet, and we sold a little on amazon").Sees("(?i)noted").Never(NotUnderstood),
        ], "webchat"),
    ];
}
