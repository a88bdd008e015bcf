using CrossBorderBot.Tests.Scenarios;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// What a message is for, through the real bot, where the twentieth part (dev material in the twenty-first pass) found
/// the arbiter wrong: goods going out to someone start the logistics guide; another guide's outcome asked at a result
/// starts that guide; a back command that says
/// what was wrong goes back; the saved result asked for as "another look"; a click the menu cannot take is said so.
/// </summary>
public sealed class PurposesOfTheTwentyFirstPassTests
{
    private const string AnyLogisticsQuestion = ScenarioPatterns.AskWeight + "|" + ScenarioPatterns.AskDimensions + "|" + ScenarioPatterns.AskValue + "|" + ScenarioPatterns.AskUrgency + "|" + ScenarioPatterns.AskTracking + "|" + ScenarioPatterns.AskReturns + "|" + ScenarioPatterns.AskGoods;

    [Theory]
    [InlineData("en-US", "we have a pallet of floor lamps going out to a dealer in warsaw")]
    public async Task Goods_going_to_someone_start_the_logistics_guide(string locale, string text)
    {
        using var user = new GuideSession(locale);

        var turn = await user.SayAsync(text);

        Assert.Matches(ScenarioPatterns.AskWeight, turn.Text);
        Assert.DoesNotMatch(ScenarioPatterns.AskModel + "|(?i)don't know that yet", turn.Text);
    }

    [Fact]
    public async Task A_shipping_cost_asked_at_a_platform_result_starts_the_logistics_guide()
    {
        using var user = new GuideSession("zh-CN");
        Assert.Matches(ScenarioPatterns.PlatformResult, (await user.SayAsync("选平台：B2C，卖木制玩具，澳大利亚，每月五千元，有一些经验，有品牌")).Text);

        var turn = await user.SayAsync("那寄一箱到悉尼大概多少运费，2公斤");

        Assert.Matches(AnyLogisticsQuestion, turn.Text);
        Assert.DoesNotMatch(ScenarioPatterns.AskWeight + "|还不知道答案", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "help me choose a marketplace", "b2b", "germany", "go back, the market was wrong")]
    [InlineData("zh-CN", "帮我选个平台", "卖给企业", "德国", "上一步，市场选错了")]
    public async Task A_back_command_saying_what_was_wrong_goes_back(string locale, string start, string model, string market, string back)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(start);
        await user.SayAsync(model);
        Assert.DoesNotMatch(ScenarioPatterns.AskMarkets, (await user.SayAsync(market)).Text);

        var turn = await user.SayAsync(back);

        Assert.Matches(ScenarioPatterns.AskMarkets, turn.Text);
        Assert.DoesNotMatch(ScenarioPatterns.NotUnderstood, turn.Text);
    }

    [Fact]
    public async Task The_last_result_asked_for_as_another_look_is_shown()
    {
        using var user = new GuideSession("en-US");
        Assert.Matches(ScenarioPatterns.LogisticsResult, (await user.SayAsync("ship 2 kg of wool hats to austria, value 80 eur, 30x20x15 cm, standard, tracked, no returns, no batteries")).Text);
        await user.SayAsync("thanks, bye");

        var turn = await user.SayAsync("could I have another look at the shipping options from earlier?");

        Assert.Matches(ScenarioPatterns.LogisticsResult + "|(?i)plan", turn.Text);
        Assert.DoesNotMatch(ScenarioPatterns.AskWeight, turn.Text);
    }

    [Theory]
    [InlineData("en-US", "no longer works")]
    [InlineData("zh-CN", "已经不能用了")]
    public async Task A_click_the_menu_cannot_take_is_said_so_and_the_menu_shown(string locale, string said)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "en-US" ? "hi" : "你好");
        var click = user.Adapter.MakeActivity();
        click.Text = null;
        click.Value = new JObject { ["verb"] = "choose", ["value"] = "send_plan_of_an_old_card" };
        await user.Adapter.ProcessActivityAsync(click, user.Host.Bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<string>();
        while (user.Adapter.GetNextReply() is { } reply)
        {
            replies.Add(BotReplies.VisibleText(reply));
        }

        var seen = string.Join("\n", replies);
        Assert.Contains(said, seen, StringComparison.Ordinal);
        Assert.Matches(ScenarioPatterns.Menu, seen);
    }
}
