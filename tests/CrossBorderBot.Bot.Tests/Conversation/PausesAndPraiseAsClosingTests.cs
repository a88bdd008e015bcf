using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Closings the part-by-part reading missed: a Chinese acknowledgement longer than its first character ("好嘞，谢了",
/// "好吧，谢谢哈": "好" was taken and "嘞" then fitted no part), a pause ("let's pause here", "that's it for today", "先弄到这儿",
/// "今天就聊到这里吧"), putting the rest off ("i'll carry on tomorrow", "明天接着来"), praise of the way it went ("very clear so
/// far", "这个思路挺好", "你讲得很清楚"), goodbyes in other words ("ciao", "adios", "再会", "下回见") and, beside a part that
/// leaves, a "not now" or what the user must do meanwhile ("i have to ask our forwarder first"). Alone, a "not now" or a
/// plan of one's own closes nothing, and a bare "later" answers a question.
/// </summary>
public sealed class PausesAndPraiseAsClosingTests
{
    [Theory]
    [InlineData("let's pause here, i need to ask our supplier first")]
    [InlineData("can we stop there for today")]
    [InlineData("ok that's it for now")]
    [InlineData("not now, i'll pick this up tomorrow")]
    [InlineData("thanks, i'll come back to it next week")]
    [InlineData("great, that's all, adios")]
    [InlineData("先弄到这儿，回头再说")]
    [InlineData("今天就聊到这里吧，明天继续")]
    [InlineData("先到这，我得先问问供应商")]
    [InlineData("收到，下回见")]
    [InlineData("好嘞，再会")]
    public void A_pause_or_a_goodbye_in_other_words_is_a_goodbye(string text) =>
        Assert.Equal(Interruption.Goodbye, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("好嘞，谢了")]
    [InlineData("好吧，谢谢哈")]
    [InlineData("thanks thats helpful")]
    [InlineData("appreciate it, pretty clear so far")]
    [InlineData("nice one, cheers")]
    [InlineData("谢谢，这个办法不错")]
    [InlineData("你讲得很清楚，多谢")]
    public void Thanks_and_praise_of_the_way_it_went_are_thanks(string text) =>
        Assert.Equal(Interruption.Thanks, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("not now")]
    [InlineData("thanks, we need to ship 5 kg to france")]
    [InlineData("later")]
    [InlineData("yes, that's it")]
    [InlineData("好了")]
    [InlineData("我们要寄到德国")]
    public void A_plan_or_a_decline_alone_closes_nothing(string text) =>
        Assert.Equal(Interruption.None, InterruptionDetector.Detect(text, null));

    [Fact]
    public async Task A_pause_at_a_playbook_step_keeps_the_place()
    {
        using var user = new GuideSession();
        Assert.Contains("Best match:", (await user.SayAsync("customs in norway are holding our parcel of wool blankets and want an invoice")).Text);
        Assert.Contains("Step 1 of", (await user.SayAsync("yes")).Text);

        var pause = await user.SayAsync("let's pause here, i need to find the invoice first");

        Assert.Contains("keep our place", pause.Text);
        Assert.DoesNotContain("Step 2 of", pause.Text);
        Assert.DoesNotContain("didn't understand", pause.Text);
    }

    [Fact]
    public async Task Thanks_after_a_free_question_are_acknowledged_not_looked_up()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("欧盟的增值税起征点是多少");

        var thanks = await user.SayAsync("好嘞，谢了");

        Assert.Contains("不客气", thanks.Text);
        Assert.DoesNotContain("还不知道答案", thanks.Text);
    }
}
