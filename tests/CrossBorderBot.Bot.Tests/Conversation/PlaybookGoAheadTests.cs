using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Inside a problem's playbook people go on in their own words. At "Is this your problem?" a yes said casually ("yep
/// exactly", "是这个"), a yes with details ("对的，一共有二十多单"), or asking for the first step ("ok so what do i do
/// first", "那第一步干嘛") got "didn't understand" or was looked up as a question; at a step, telling it done in one's own
/// words ("got the notice, deadline is friday", "通知看过了") or asking for the next one ("ok what's next", "接着呢") did
/// too, and "ok did that" was answered as a question. Now both go on: the confirmation takes a yes (the slot vocabulary's
/// yes words), a request to go on, or details that neither decline nor tell another problem; a step takes a report of
/// what was done or a request for the next step (<see cref="GoAheadCues"/>).
/// </summary>
public sealed class PlaybookGoAheadTests
{
    [Theory]
    [InlineData("ok what's next")]
    [InlineData("alright, what comes after that?")]
    [InlineData("right, so what should i do first?")]
    [InlineData("嗯嗯，那第一步干嘛")]
    [InlineData("好了，接着呢")]
    [InlineData("然后呢")]
    public void Asking_for_the_next_step_is_going_on(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    [Theory]
    [InlineData("ok did that")]
    [InlineData("got the notice, deadline is friday")]
    [InlineData("checked all the trackers, nothing")]
    [InlineData("read through it, it's about late shipments")]
    [InlineData("通知看过了，期限是30天")]
    [InlineData("通知拿到了")]
    [InlineData("对比过了，颜色确实有差别")]
    [InlineData("通知我已经仔细看了一遍")]
    public void A_step_told_done_is_going_on(string text) => Assert.True(GoAheadCues.ReportsItDone(text));

    [Theory]
    [InlineData("what is a plan of action?")]
    [InlineData("did the buyer get a refund?")]
    [InlineData("how long does customs take?")]
    [InlineData("这个通知是什么意思")]
    [InlineData("what now, they want more money")]
    public void A_question_or_a_new_problem_is_not(string text) =>
        Assert.False(GoAheadCues.AsksToGoOn(text) || GoAheadCues.ReportsItDone(text));

    [Theory]
    [InlineData("en-US", "a buyer in the us says the parcel never showed up and tracking stopped two weeks ago", "yep exactly", "Step 1 of")]
    [InlineData("en-US", "a buyer in the us says the parcel never showed up and tracking stopped two weeks ago", "ok so what do i do first", "Step 1 of")]
    [InlineData("en-US", "a buyer in the us says the parcel never showed up and tracking stopped two weeks ago", "it's 40 parcels, all sent in october", "Step 1 of")]
    [InlineData("zh-CN", "寄往英国的一批陶瓷杯在海关被扣了，要我们补资料", "是这个", "第 1 步")]
    [InlineData("zh-CN", "寄往英国的一批陶瓷杯在海关被扣了，要我们补资料", "嗯嗯，那第一步干嘛", "第 1 步")]
    public async Task The_confirmation_goes_on_with_a_yes_in_other_words(string locale, string problem, string reply, string step)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(problem);
        var turn = await user.SayAsync(reply);

        Assert.Contains(step, turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解|don't know that yet|还不知道答案", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "our parcels to australia are held at customs and they want an import declaration", "ok did that", "Step 2 of")]
    [InlineData("en-US", "our parcels to australia are held at customs and they want an import declaration", "got the letter, they give us 10 days", "Step 2 of")]
    [InlineData("en-US", "our parcels to australia are held at customs and they want an import declaration", "ok what's next", "Step 2 of")]
    [InlineData("zh-CN", "寄往英国的一批陶瓷杯在海关被扣了，要我们补资料", "通知看过了，要补发票", "第 2 步")]
    [InlineData("zh-CN", "寄往英国的一批陶瓷杯在海关被扣了，要我们补资料", "好了，接着呢", "第 2 步")]
    public async Task A_step_goes_on_when_told_done_or_asked_for_the_next(string locale, string problem, string reply, string step)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(problem);
        await user.SayAsync(locale == "zh-CN" ? "是" : "yes");
        var turn = await user.SayAsync(reply);

        Assert.Contains(step, turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解|don't know that yet|还不知道答案", turn.Text);
    }

    [Fact]
    public async Task A_no_with_another_problem_at_the_confirmation_still_looks_again()
    {
        using var user = new GuideSession();
        await user.SayAsync("a buyer in the us says the parcel never showed up and tracking stopped two weeks ago");
        var turn = await user.SayAsync("nope, actually customs are holding it and want an invoice");

        Assert.Contains("Best match:", turn.Text);
        Assert.Contains("customs", turn.Text, StringComparison.OrdinalIgnoreCase);
    }
}
