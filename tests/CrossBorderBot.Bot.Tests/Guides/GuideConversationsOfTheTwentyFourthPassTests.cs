using CrossBorderBot.Tests.Scenarios;
using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The guides' conversation mechanisms added in the twenty-fourth pass, each through the real bot: the playbook offered
/// accepted and its steps gone on with in own words ("fine, let's go with it", "嗯，就按这个来吧", "move on to the following
/// piece please", "好的，继续刚才那个流程吧"), and a speed said at the tracking question, which
/// changes the speed and asks the tracking question again instead of taking a yes or a no from it.
/// </summary>
public sealed class GuideConversationsOfTheTwentyFourthPassTests
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";

    public static TheoryData<string> Names => ScenarioRunner.Names(All);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Passes(string name) => await ScenarioRunner.AssertPassesAsync(All, name);

    private static readonly IReadOnlyList<ConversationScenario> All =
    [
        new("pass24-en-fix-playbook-accepted-in-own-words", "en-US",
        [
            Say.That("our parcel to canada is stuck at customs, they ask for a commercial invoice").Sees(BestMatch),
            Say.That("fine, let's go with it").Sees(FirstStep).Never(NotUnderstood),
        ]),
        new("pass24-zh-fix-playbook-accepted-in-own-words", "zh-CN",
        [
            Say.That("寄到澳大利亚的包裹被海关扣了，要我们补发票").Sees(BestMatch),
            Say.That("嗯，就按这个来吧").Sees(FirstStep).Never(NotUnderstood),
        ]),
        new("pass24-en-fix-steps-gone-on-with-in-own-words", "en-US",
        [
            Say.That("our parcel to canada is stuck at customs, they ask for a commercial invoice").Sees(BestMatch),
            Say.That("yes").Sees(FirstStep),
            Say.That("move on to the following piece please").Sees("(?i)Step 2 of").Never(NotUnderstood),
        ]),
        new("pass24-zh-fix-steps-gone-on-with-in-own-words", "zh-CN",
        [
            Say.That("寄到澳大利亚的包裹被海关扣了，要我们补发票").Sees(BestMatch),
            Say.That("对").Sees(FirstStep),
            Say.That("好的，继续刚才那个流程吧").Sees("第 2 步").Never(NotUnderstood),
        ]),
        new("pass24-zh-logistics-speed-said-at-the-tracking-question", "zh-CN",
        [
            Say.That("寄一箱5公斤的茶杯到曼谷，怎么发最便宜").Never(AskWeight, AskDestination),
            Say.That("40*30*30").Sees(AskValue),
            Say.That("货值八百块").Sees(AskTracking),
            Say.That("也不是特别急").Sees(AskTracking).Never("需要跟踪: 否", NotUnderstood),
        ]),
    ];
}
