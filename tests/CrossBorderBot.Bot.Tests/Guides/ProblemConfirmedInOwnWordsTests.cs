using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Inside fix-an-issue, people confirm and report progress in their own words: "yup, that's the problem", "没错，就是这种
/// 情况" at "Is this your problem?" pick the offered playbook (a yes or a confirmation, from the vocabulary, not a list
/// per prompt); "sent them our factory invoices this morning", "通知看过了，期限是30天" at a step say the step is done
/// (something done, told in the past) and the next step follows. A step not done yet ("还没弄好", "haven't sent it yet") is
/// no "done".
/// </summary>
public sealed class ProblemConfirmedInOwnWordsTests
{
    [Theory]
    [InlineData("en-US", "a buyer on ebay germany claims the sneakers we sent are fake", "spot on, that's what happened", "Step 1 of")]
    [InlineData("en-US", "a buyer on ebay germany claims the sneakers we sent are fake", "yup, that's the problem", "Step 1 of")]
    [InlineData("en-US", "a buyer on ebay germany claims the sneakers we sent are fake", "correct", "Step 1 of")]
    [InlineData("zh-CN", "亚马逊美国站有买家说我们的运动鞋是假货，投诉了", "没错，就是这种情况", "第 1 步")]
    [InlineData("zh-CN", "亚马逊美国站有买家说我们的运动鞋是假货，投诉了", "是这个", "第 1 步")]
    public async Task A_confirmation_in_own_words_picks_the_offered_playbook(string locale, string problem, string reply, string firstStep)
    {
        using var user = new GuideSession(locale);
        Assert.Contains(locale == "en-US" ? "Best match:" : "最匹配：", (await user.SayAsync(problem)).Text);

        var turn = await user.SayAsync(reply);

        Assert.Contains(firstStep, turn.Text);
    }

    [Theory]
    [InlineData("en-US", "sent them our factory invoices this morning", "Step 2 of")]
    [InlineData("en-US", "did that one", "Step 2 of")]
    [InlineData("en-US", "checked all the trackers, nothing", "Step 2 of")]
    [InlineData("en-US", "already uploaded the letter from the brand owner", "Step 2 of")]
    [InlineData("zh-CN", "进货发票已经整理好发过去了", "第 2 步")]
    [InlineData("zh-CN", "通知看过了，期限是30天", "第 2 步")]
    [InlineData("zh-CN", "核对完了", "第 2 步")]
    public async Task A_step_told_done_in_own_words_moves_on(string locale, string reply, string secondStep)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "en-US" ? "a buyer on ebay germany claims the sneakers we sent are fake" : "亚马逊美国站有买家说我们的运动鞋是假货，投诉了");
        await user.SayAsync(locale == "en-US" ? "yes" : "是");

        var turn = await user.SayAsync(reply);

        Assert.Contains(secondStep, turn.Text);
    }

    [Theory]
    [InlineData("en-US", "haven't sent it yet", "Step 2 of")]
    [InlineData("zh-CN", "还没弄好", "第 2 步")]
    public async Task A_step_not_done_yet_does_not_move_on(string locale, string reply, string secondStep)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "en-US" ? "a buyer on ebay germany claims the sneakers we sent are fake" : "亚马逊美国站有买家说我们的运动鞋是假货，投诉了");
        await user.SayAsync(locale == "en-US" ? "yes" : "是");

        var turn = await user.SayAsync(reply);

        Assert.DoesNotContain(secondStep, turn.Text);
    }
}
