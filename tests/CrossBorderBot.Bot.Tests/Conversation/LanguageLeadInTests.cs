using CrossBorderBot.Conversation;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>A language asked for at the start of a longer message: the language is switched and the rest is the message.</summary>
public sealed class LanguageLeadInTests
{
    [Theory]
    [InlineData("switching to english - we never measured it", Interruption.SwitchToEnglish, "we never measured it")]
    [InlineData("can we carry on in english? the box is 40x30x20", Interruption.SwitchToEnglish, "the box is 40x30x20")]
    [InlineData("english please. about 2 kg", Interruption.SwitchToEnglish, "about 2 kg")]
    [InlineData("还是用中文吧，卖给个人", Interruption.SwitchToChinese, "卖给个人")]
    [InlineData("中文回答吧：大概两公斤", Interruption.SwitchToChinese, "大概两公斤")]
    public void The_language_and_the_message_after_it_are_read(string text, Interruption language, string message) =>
        Assert.Equal((language, message), InterruptionDetector.LanguageThenMessage(text));

    [Theory]
    [InlineData("english")]
    [InlineData("用中文")]
    [InlineData("english, spanish and french speakers")]
    [InlineData("中文，英文都可以")]
    [InlineData("english labels are missing, what now?")]
    public void Commands_alone_and_languages_named_as_facts_are_no_lead_in(string text) =>
        Assert.Null(InterruptionDetector.LanguageThenMessage(text));
}
