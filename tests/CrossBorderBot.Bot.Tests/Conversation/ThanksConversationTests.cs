using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Thanks and goodbyes are acknowledged, never treated as a wrong answer: "ok thanks!" and "谢谢" at a result got
/// "Sorry, I didn't understand that answer". After a result the menu follows; inside a guide the question waits on.
/// </summary>
public sealed class ThanksConversationTests
{
    [Theory]
    [InlineData("ok thanks!")]
    [InlineData("thx")]
    [InlineData("好的，谢谢")]
    public void Thanks_alone_is_an_interruption(string text) =>
        Assert.Equal(Interruption.Thanks, InterruptionDetector.Detect(text, null));

    // A goodbye is one too, answered with a short goodbye and no menu (ClosingInOtherWordsTests).
    [Theory]
    [InlineData("Thank you so much, that's all")]
    [InlineData("谢谢，没事了")]
    [InlineData("bye")]
    public void A_goodbye_alone_is_an_interruption(string text) =>
        Assert.Equal(Interruption.Goodbye, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("no thanks")]
    [InlineData("thanks, and what about France?")]
    [InlineData("不用了，谢谢你的建议但我们想发德国")]
    [InlineData("thanks for the tip but the parcel is 3 kg")]
    public void Thanks_with_an_answer_or_a_question_is_not(string text) =>
        Assert.NotEqual(Interruption.Thanks, InterruptionDetector.Detect(text, null));

    [Fact]
    public async Task Thanks_after_a_result_is_acknowledged_and_the_menu_follows()
    {
        using var user = new GuideSession();
        await user.SayAsync("cheapest tracked way to send a 1 kg parcel of tshirts worth 20 usd to germany, no returns, no battery");
        await user.SayAsync("skip");
        var thanks = await user.SayAsync("ok thanks!");

        Assert.Contains("You're welcome", thanks.Text);
        Assert.DoesNotContain("didn't understand", thanks.Text);
        Assert.Contains("What would you like to do", thanks.Question);
    }

    [Fact]
    public async Task Thanks_inside_a_guide_keeps_the_question_waiting()
    {
        using var user = new GuideSession("zh-CN");
        var question = await user.SayAsync("帮我选物流，发到法国");
        var thanks = await user.SayAsync("谢谢");

        Assert.Contains("不客气", thanks.Text);
        Assert.Equal(question.Question, thanks.Question);
    }
}
