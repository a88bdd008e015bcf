using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The fix-an-issue guide's choices answered with detail beside or instead of a choice: at "Is this your problem?" a
/// no with the problem told again, or the problem told instead of a choice, finds the playbooks again for what was
/// told (the one turned down last); a yes with detail starts the steps; a step answered "done, …" moves on.
/// </summary>
public sealed class ProblemDetailAtChoiceTests
{
    private const string NotUnderstood = "didn't understand|没有理解";

    [Fact]
    public async Task A_no_with_the_problem_told_again_finds_the_playbooks_again_for_it()
    {
        using var user = new GuideSession();
        Assert.Contains("Is this your problem?", (await user.SayAsync("a customer in spain never received his order")).Text);
        var again = await user.SayAsync("no, it's stuck at customs and they are asking for the invoice");
        Assert.DoesNotMatch(NotUnderstood, again.Text);
        Assert.Matches("Best match: Parcel held at customs", again.Text);
        Assert.DoesNotContain("Which market", again.Text);
    }

    [Fact]
    public async Task The_problem_told_instead_of_a_choice_finds_the_playbooks_again_in_chinese()
    {
        using var user = new GuideSession("zh-CN");
        Assert.Contains("这是您遇到的问题吗", (await user.SayAsync("意大利的买家说一直没收到货")).Text);
        var again = await user.SayAsync("其实收到了，但是说质量太差给了一星差评");
        Assert.DoesNotMatch(NotUnderstood, again.Text);
        Assert.Matches("最匹配：质量投诉", again.Text);
        Assert.DoesNotContain("是哪个市场", again.Text);
    }

    [Fact]
    public async Task A_yes_with_detail_starts_the_steps()
    {
        using var user = new GuideSession();
        await user.SayAsync("a customer in spain never received his order");
        var steps = await user.SayAsync("yes that's it, the tracking has been frozen for ten days");
        Assert.DoesNotMatch(NotUnderstood, steps.Text);
        Assert.Contains("Step 1 of", steps.Question);
    }

    [Fact]
    public async Task A_step_answered_done_with_detail_moves_on_in_both_languages()
    {
        using var english = new GuideSession();
        await english.SayAsync("a customer in spain never received his order");
        await english.SayAsync("yes");
        var next = await english.SayAsync("done, we checked every tracking site already");
        Assert.DoesNotMatch(NotUnderstood, next.Text);
        Assert.Contains("Step 2 of", next.Question);

        using var chinese = new GuideSession("zh-CN");
        await chinese.SayAsync("意大利的买家说一直没收到货");
        await chinese.SayAsync("是");
        var nextStep = await chinese.SayAsync("这个已经做了，所有查询网站都查过");
        Assert.DoesNotMatch(NotUnderstood, nextStep.Text);
        Assert.Contains("第 2 步", nextStep.Question);
    }
}
