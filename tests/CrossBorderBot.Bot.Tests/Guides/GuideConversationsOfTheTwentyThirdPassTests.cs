using CrossBorderBot.Dialogs;
using CrossBorderBot.Tests.Scenarios;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Schema;
using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The guides' conversation mechanisms added in the twenty-third pass, each through the real bot: the one pick and a ranked
/// platform's entry requirements asked after a platform result, the plan asked for in own words, two destinations compared
/// by name, a readiness reply holding a certificate for one market and not yet for another, an ability with a tool at a
/// yes/no question — and the menu, which never claims a guide is missing.
/// </summary>
public sealed class GuideConversationsOfTheTwentyThirdPassTests
{
    private const string AskTaxRegistration = "IOSS and EPR|IOSS 和 EPR";

    public static TheoryData<string> Names => ScenarioRunner.Names(All);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Passes(string name) => await ScenarioRunner.AssertPassesAsync(All, name);

    private static readonly IReadOnlyList<ConversationScenario> All =
    [
        new("pass23-en-platform-one-pick-entry-requirements-plan", "en-US",
        [
            Say.That("b2b marketplace for our steel pipe fittings, wholesale buyers in turkey").Never(AskCategory, AskModel),
            Say.That("about 1200 usd a month").Sees(AskExperience),
            Say.That("two years on made-in-china.com").Sees(AskBrand),
            Say.That("no brand").Sees(PlatformResult),
            Say.That("if i could only keep one of these, which would you pick?").Sees("(?i)ranked first because").Never(NotUnderstood, "(?i)don't know that yet"),
            Say.That("what are the entry requirements of the first one?").Sees("(?i)To join it you need|holds no entry requirements").Never(NotUnderstood, "(?i)fit score \\(0"),
            Say.That("pls put all of that into a plan for me").Sees("Platform plan: ").Never(NotUnderstood),
        ]),
        new("pass23-zh-logistics-two-destinations-compared-by-name", "zh-CN",
        [
            Say.That("三公斤的毛巾寄到东京").Never(AskWeight, AskDestination),
            Say.That("40*30*20").Sees(AskValue),
            Say.That("货值三百块").Sees(AskUrgency),
            Say.That("普通").Sees(AskTracking),
            Say.That("要").Sees(AskReturns),
            Say.That("不要").Sees(AskGoods),
            Say.That("没有").Sees(LogisticsResult, "日本"),
            Say.That("那寄到首尔呢").Sees(LogisticsResult, "韩国"),
            Say.That("日本和韩国哪个运费便宜").Sees("寄日本", "寄韩国").Never(NotUnderstood, "还不知道答案"),
        ]),
        new("pass23-zh-readiness-certificate-for-one-market-and-a-tool", "zh-CN",
        [
            Say.That("帮我评估一下出海准备度，我们做保温饭盒").Sees("产品与其他卖家相比有多大差异"),
            Say.That("一部分款是自己设计的，其余是通用款").Sees("如何检查质量").Never(NotUnderstood),
            Say.That("每批抽检").Sees("要求的认证"),
            Say.That("欧盟的CE拿到了，美国的FDA还在办").Sees(AskTaxRegistration, "部分产品或市场有").Never(NotUnderstood),
            Say.That("会用一点shopify").Sees(AskTaxRegistration).Never("合规 — 是(?!，)"),
        ]),
    ];

    [Theory]
    [InlineData(IntentNames.Greeting)]
    [InlineData(IntentNames.None)]
    public async Task An_intent_no_guide_serves_shows_the_menu_not_a_missing_guide(string intent)
    {
        var bot = new DialogTestBot(DialogIds.MainMenu, set => set.Add(new MainMenuDialog(new GuideCatalog([]))), new MainMenuOptions(intent, "hello there"));

        await bot.Flow().Send("hello there").AssertReply(activity =>
        {
            var text = ((IMessageActivity)activity).Text;
            Assert.Matches(Menu, text);
            Assert.DoesNotMatch("(?i)not available|还在建设中", text);
        }).StartTestAsync();
    }
}
