using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// At a playbook step people note a task off the way they write a to-do list, the thing first ("size chart updated",
/// "commercial invoice emailed to them", "签收记录截图了"), ask for the next one in a word ("next", "下一个"), or leave the
/// step out ("skip this one, we already know the cause", "这步先跳过"): each got "didn't understand". Now each goes on to
/// the next step, as "done" does. What someone else did ("the buyer emailed again"), a step not done yet ("invoice not
/// sent yet") and a question about skipping ("can we skip customs?") do not.
/// </summary>
public sealed class PlaybookStepNotedOffOrSkippedTests
{
    [Theory]
    [InlineData("size chart updated")]
    [InlineData("ok invoices gathered")]
    [InlineData("commercial invoice emailed to them")]
    [InlineData("new product photos uploaded to the listing")]
    [InlineData("签收记录截图了")]
    [InlineData("检测报告找出来了")]
    public void A_task_noted_off_thing_first_is_done(string text) => Assert.True(GoAheadCues.ReportsItDone(text));

    [Theory]
    [InlineData("the buyer emailed again")]
    [InlineData("invoice not sent yet")]
    [InlineData("nothing updated so far")]
    [InlineData("customs checked the parcel")]
    public void What_someone_else_did_or_a_step_not_done_is_not(string text) => Assert.False(GoAheadCues.ReportsItDone(text));

    [Theory]
    [InlineData("next")]
    [InlineData("下一个")]
    [InlineData("下一条")]
    public void The_next_one_asked_for_in_a_word_is_going_on(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    [Theory]
    [InlineData("skip this one, we already know the cause")]
    [InlineData("let's skip that step")]
    [InlineData("this step doesn't apply to us")]
    [InlineData("这步先跳过")]
    [InlineData("这一步我们用不上，跳到下一步")]
    public void Leaving_the_step_out_skips_it(string text) => Assert.True(GoAheadCues.SkipsTheStep(text));

    [Theory]
    [InlineData("can we skip customs?")]
    [InlineData("what happens if we skip this?")]
    [InlineData("能跳过清关吗？")]
    public void A_question_about_skipping_is_no_skip(string text) => Assert.False(GoAheadCues.SkipsTheStep(text));

    [Theory]
    [InlineData("en-US", "skip this one, we already know the cause", "Step 2 of")]
    [InlineData("en-US", "returns policy updated", "Step 2 of")]
    [InlineData("zh-CN", "这步先跳过", "第 2 步")]
    [InlineData("zh-CN", "下一个", "第 2 步")]
    public async Task At_a_step_it_moves_on(string locale, string reply, string secondStep)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "en-US" ? "the return rate on our dresses in poland jumped to 25 percent" : "我们在法国卖的连衣裙退货率一下子涨到了百分之二十五");
        await user.SayAsync(locale == "en-US" ? "yes" : "是");

        var turn = await user.SayAsync(reply);

        Assert.Contains(secondStep, turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解", turn.Text);
    }
}
