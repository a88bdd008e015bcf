using CrossBorderBot.Replies;
using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;
using static CrossBorderBot.Tests.Guides.GuideExchange;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The fix-an-issue guide through the real bot: both languages, pre-fill, the step walk, interruptions, the plan.</summary>
public sealed partial class FixIssueGuideTests
{
    [Fact]
    public async Task English_category_then_steps_with_detail_back_and_another_playbook_then_prevention_and_plan()
    {
        using var user = new GuideSession();
        await user.SayAsync("hi");
        Assert.Contains("What is the problem?", (await user.ClickAsync("Fix an issue")).Text);
        Assert.Contains("Not sure / several", (await user.SayAsync("7")).Buttons);
        var match = await user.ClickAsync("Not sure / several");
        Assert.Contains("Best match: Lost parcel or no tracking updates", match.Text);

        var first = await user.ClickAsync("Yes, show me the steps");
        Assert.Contains("Step 1 of", first.Question);
        // The step's detail is shown with it, so it has no "More detail" button; typed, it is told there is no more.
        Assert.Equal(["Done, next", "That didn't help"], first.Buttons);
        var detail = await user.SayAsync("more detail");
        Assert.Contains("That is all the detail I have for this step.", detail.Text);
        Assert.Equal(["Done, next", "That didn't help"], detail.Buttons);
        Assert.Contains("Step 2 of", (await user.SayAsync("done")).Question);
        Assert.Contains("Step 1 of", (await user.SayAsync("back")).Question);

        var other = await user.SayAsync("that didn't help");
        Assert.Contains("Let's try another playbook.", other.Text);
        var finished = await WalkToTheEndAsync(user, other);

        Assert.Contains("To keep it from happening again", finished.Text);
        Assert.Matches(@"reviewed \d{4}-\d{2}-\d{2}", finished.Text);
        Assert.Equal(["Send me the plan", "Choose logistics", "Back to the menu"], finished.Buttons);
        var plan = await user.ClickAsync("Send me the plan");
        Assert.Contains("Playbooks that did not help", plan.Text);
        Assert.Contains("Lost parcel or no tracking updates", plan.Text);
        Assert.Contains("How much does one parcel weigh?", (await user.ClickAsync("Choose logistics")).Text);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task Chinese_problem_with_market_goes_straight_to_the_playbook_with_the_market_note()
    {
        using var user = new GuideSession(locale: "zh-CN");

        var first = await user.SayAsync("我的包裹在德国被海关扣了");

        Assert.Contains("市场：德国", first.Text);
        Assert.Contains("最匹配：包裹被海关扣留（扣关）", first.Text);
        var steps = await user.SayAsync("1");
        Assert.Contains("德国注意事项", steps.Text);
        Assert.Contains("第 1 步（共 7 步）", steps.Question);
        var finished = await WalkToTheEndAsync(user, steps, next: "完成");
        Assert.Contains("如何避免再次发生", finished.Text);
        Assert.Contains("审核于", finished.Text);
        Assert.Contains("问题处理计划：包裹被海关扣留（扣关）（德国）", (await user.SayAsync("1")).Text);
        user.Cards.AssertAllValid();
    }

    [Theory]
    [InlineData("发到墨西哥的包裹被DHL扣了，说要补交税款才放行，怎么办", "zh-CN", "最匹配：包裹被海关扣留（扣关）")]
    [InlineData("快递说包裹在沙特被扣了，要交税才能放行", "zh-CN", "最匹配：包裹被海关扣留（扣关）")]
    [InlineData("the courier is holding our parcel in Brazil until we pay the import tax", "en-US", "Best match: Parcel held at customs")]
    public async Task A_problem_that_names_its_trouble_gets_that_playbook_before_one_sharing_its_words(string problem, string locale, string expected)
    {
        // "交税" (pay tax) is also a keyword of the VAT-registration playbook, which is about Europe, the UK and Australia.
        using var user = new GuideSession(locale: locale);

        Assert.Contains(expected, (await user.SayAsync(problem)).Text);
    }

    [Fact]
    public async Task English_prefill_runs_triage_at_once_with_the_market_and_never_asks_for_it()
    {
        using var user = new GuideSession();
        await PlayAsync(user,
            Say("my parcel is held at customs in Germany", "market: Germany").And("Best match: Parcel held at customs").And("Yes, show me the steps", GuideTurnPart.Button),
            Click("Yes, show me the steps", "Note for Germany"));
    }

    [Fact]
    public Task Help_a_free_question_and_cancel_inside_the_step_walk()
    {
        using var user = new GuideSession();
        return user.Flow()
            .Send("my parcel is held at customs in Germany").AssertReply(_ => { }).AssertReply(_ => { }).AssertReply(_ => { })
            .Send("yes").AssertReply(_ => { }).AssertReply(reply => Assert.Contains("Step 1 of 7", BotReplies.VisibleText(reply)))
            .Send("help").AssertReply(BotText.English.Help).AssertReply(reply => Assert.Contains("Step 1 of 7", BotReplies.VisibleText(reply)))
            .Send("what is the IOSS threshold in the EU?")
            .AssertReply(reply => Assert.Contains("Sources", BotReplies.VisibleText(reply)))
            .AssertReply(BotText.English.QuestionAnsweredResume)
            .AssertReply(reply => Assert.Contains("Step 1 of 7", BotReplies.VisibleText(reply)))
            .Send("cancel").AssertReply(BotText.English.Cancelled)
            .AssertReply(reply => Assert.Contains("Fix an issue", BotReplies.ButtonTitles(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task None_of_these_asks_for_the_problem_again_keeping_the_market()
    {
        using var user = new GuideSession();
        await PlayAsync(user,
            Say("my parcel is held at customs in Germany"),
            Click("None of these", "What is the problem?", GuideTurnPart.Question),
            Say("buyers keep returning the goods", "Best match:"));
    }

    /// <summary>Answers "next" until the playbook ends, reading "Step n of N" to know how many steps it has.</summary>
    private static async Task<GuideTurn> WalkToTheEndAsync(GuideSession user, GuideTurn current, string next = "next")
    {
        var match = StepOf().Match(current.Question);
        Assert.True(match.Success, current.Question);
        var remaining = int.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture) - int.Parse(match.Groups["step"].Value, CultureInfo.InvariantCulture);
        for (var i = 0; i < remaining; i++)
        {
            current = await user.SayAsync(next);
        }

        return await user.SayAsync(next);
    }

    [GeneratedRegex(@"(?:Step (?<step>\d+) of (?<total>\d+))|(?:第 (?<step>\d+) 步（共 (?<total>\d+) 步）)")]
    private static partial Regex StepOf();
}
