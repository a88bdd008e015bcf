using CrossBorderBot.Conversation;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// A command said at the end of a sentence ("ok that's all for now, cancel", "今天先这样，退出吧", "不想弄了，回到主菜单")
/// got "didn't understand": only a command said alone was one. A last clause that is a command, after clauses that
/// only close or stop, is the command; a clause that answers ("cancel that, it's 3 kg") keeps the message an answer.
/// </summary>
public sealed class CommandEndingASentenceTests
{
    [Theory]
    [InlineData("ok that's all for now, cancel")]
    [InlineData("we'll stop here. please cancel it")]
    [InlineData("今天先这样，退出吧")]
    [InlineData("不想弄了，回到主菜单")]
    [InlineData("算了算了，取消吧")]
    public void A_closing_sentence_ending_with_cancel_is_the_cancel_command(string text) =>
        Assert.Equal(Interruption.Cancel, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("cancel that, it's 3 kg")]
    [InlineData("the buyer wants to cancel the order, what now?")]
    [InlineData("取消订单的买家很多，怎么办")]
    [InlineData("to germany, stop")]
    public void A_message_that_says_more_than_closing_is_not_a_command(string text) =>
        Assert.NotEqual(Interruption.Cancel, InterruptionDetector.Detect(text, null));
}
