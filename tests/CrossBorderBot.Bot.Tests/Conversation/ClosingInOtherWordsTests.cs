using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// A closing said in more words than "thanks" or "bye" ("awesome thanks a ton, really helpful", "got it thx, bye for
/// now", "thanks, i'll handle the rest tomorrow. bye", "明白了，先这样，再见", "谢谢，剩下的我们先自己弄") got "didn't
/// understand" at a result or a playbook step, or "I don't know that yet" at "another question?"; and a goodbye that was
/// read got the whole menu again. Now every clause of the message is read: each one thanks, praises the help, says it is
/// done, takes the rest over or says goodbye (an "ok" or "got it" may stand beside them), and a goodbye, a done or a
/// taking over ends the conversation with a short goodbye and no menu; thanks alone are acknowledged as before.
/// </summary>
public sealed class ClosingInOtherWordsTests
{
    [Theory]
    [InlineData("got it thx, bye for now")]
    [InlineData("thanks, i'll handle the rest tomorrow. bye")]
    [InlineData("perfect, that's everything. cheers")]
    [InlineData("cheers, that's all i needed, bye")]
    [InlineData("thank you, that's all for today")]
    [InlineData("ok thanks, bye")]
    [InlineData("brilliant, exactly what i was after. catch you later")]
    [InlineData("明白了，先这样，再见")]
    [InlineData("好的谢谢，先这样，拜拜")]
    [InlineData("谢谢，剩下的我们先自己弄")]
    [InlineData("行，心里有数了，今天就到这儿")]
    [InlineData("没别的了，多谢")]
    public void A_closing_in_more_words_is_a_goodbye(string text) =>
        Assert.Equal(Interruption.Goodbye, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("awesome thanks a ton, really helpful")]
    [InlineData("多谢啦，帮大忙了")]
    [InlineData("谢谢，很有用")]
    [InlineData("ok thanks!")]
    public void Thanks_with_praise_are_thanks(string text) =>
        Assert.Equal(Interruption.Thanks, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("no thanks")]
    [InlineData("ok")]
    [InlineData("got it")]
    [InlineData("yep, that's it")]
    [InlineData("thanks, and what about France?")]
    [InlineData("thanks, the parcel is 3 kg")]
    [InlineData("谢谢，不过我们想发德国")]
    [InlineData("ok did that, what's next")]
    [InlineData("later is fine")]
    public void A_message_that_says_more_than_closing_is_no_goodbye(string text) =>
        Assert.NotEqual(Interruption.Goodbye, InterruptionDetector.Detect(text, null));

    [Fact]
    public async Task A_goodbye_after_a_result_ends_with_a_short_goodbye_and_no_menu()
    {
        using var user = new GuideSession();
        await user.SayAsync("cheapest tracked way to send a 1 kg parcel of tshirts worth 20 usd to germany, no returns, no battery");
        await user.SayAsync("skip");
        var bye = await user.SayAsync("got it, thanks a lot, bye for now");

        Assert.Matches("(?i)bye", bye.Text);
        Assert.DoesNotContain("didn't understand", bye.Text);
        Assert.DoesNotContain("What would you like to do", bye.Text);

        // The conversation goes on from the menu when the user comes back.
        var back = await user.SayAsync("help me choose a platform");
        Assert.Contains("Who will you sell to", back.Text);
    }

    [Fact]
    public async Task A_goodbye_at_a_playbook_step_keeps_the_place_without_asking_again()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("我们发到加拿大的包裹三个星期没有物流更新了，买家在催");
        var step = await user.SayAsync("是");
        Assert.Contains("第 1 步", step.Text);

        var bye = await user.SayAsync("好，谢了，后面的我明天再看，拜拜");
        Assert.Contains("再见", bye.Text);
        Assert.DoesNotContain("没有理解", bye.Text);
        Assert.DoesNotContain("第 1 步", bye.Text);

        var next = await user.SayAsync("下一步");
        Assert.Contains("第 2 步", next.Text);
    }

    [Fact]
    public async Task A_greeting_right_after_the_welcome_does_not_send_the_menu_again()
    {
        using var user = new GuideSession();
        var join = user.Adapter.MakeActivity();
        join.Type = ActivityTypes.ConversationUpdate;
        join.Text = null;
        join.MembersAdded = [new ChannelAccount("user1", "User")];
        await user.Adapter.ProcessActivityAsync(join, user.Host.Bot.OnTurnAsync, CancellationToken.None);
        var welcome = await user.SayAsync("hi");

        // The welcome and its menu came with the join; "hi" gets a short hello pointing at them, not the menu once more.
        Assert.Single(welcome.Replies, reply => BotReplies.VisibleText(reply).Contains("What would you like to do", StringComparison.Ordinal));
        Assert.Matches("(?i)\\bhi\\b|hello", BotReplies.VisibleText(welcome.Replies[^1]));
    }
}
