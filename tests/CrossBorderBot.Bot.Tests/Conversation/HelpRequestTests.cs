using CrossBorderBot.Conversation;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Asking what the bot is or can do, after a greeting at most, is a request for help in both languages; a message that
/// asks for help with something in particular is not.
/// </summary>
public sealed class HelpRequestTests
{
    [Theory]
    [InlineData("what can you do")]
    [InlineData("你能做什么？")]
    [InlineData("hi! show me what you can do")]
    [InlineData("hello, what can you help me with?")]
    [InlineData("so how can you help us")]
    [InlineData("who are you?")]
    [InlineData("你好，你能帮我做什么")]
    [InlineData("您好！你有哪些功能？")]
    [InlineData("你是干什么的")]
    public void Asking_what_the_bot_can_do_is_help(string text) =>
        Assert.Equal(Interruption.Help, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("can you help me choose a platform for shoes?")]
    [InlineData("what can you do about a customs hold in Mexico?")]
    [InlineData("你能帮我算一下运费吗")]
    public void Asking_for_help_with_something_is_not_a_help_request(string text) =>
        Assert.NotEqual(Interruption.Help, InterruptionDetector.Detect(text, null));
}
