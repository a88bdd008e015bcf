using CrossBorderBot.Conversation;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>啥 asks as 什么 does, so a choice asked with it is a choice to make, not a fact to look up.</summary>
public sealed class ChoiceAskedWithShaTests
{
    [Theory]
    [InlineData("一公斤袜子用啥快递好")]
    [InlineData("选啥平台好一点")]
    [InlineData("寄样品走啥比较稳")]
    public void A_choice_asked_with_sha_is_a_choice(string text) => Assert.True(MessageCues.AsksForAChoice(text));
}
