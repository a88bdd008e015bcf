using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A yes/no question's topic said with its verb, not its noun: returns are "returned", "sent back", "寄回", "退不了"; tracking
/// is "follow where it is", "看到包裹"; a return window or a condition ("within 30 days", "质量问题才给退") says yes. Speed in
/// one's own words ("时效一般就行", "到货慢一点我们能接受"). A no that opens a phrase about another question ("no battery, it's
/// hand cranked") does not answer the yes/no question waiting.
/// </summary>
public sealed class TopicVerbsAndSpeedWordsTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("they can't be returned")]
    [InlineData("tiles can't be returned")]
    [InlineData("buyers can't send phone cases back")]
    [InlineData("once delivered they can't be sent back")]
    [InlineData("the buyer cant send these back")]
    [InlineData("假发退不了的")]
    [InlineData("锅卖出去就退不了了")]
    public void Returns_refused_with_the_verb_are_no(string reply) =>
        Assert.Equal("no", Vocabulary.ReadAnswer("returns", reply)?.Value);

    [Theory]
    [InlineData("we take returns for a month")]
    [InlineData("returns accepted within 14 days")]
    [InlineData("items can be sent back within 30 days")]
    [InlineData("收到不满意可以寄回来")]
    [InlineData("书有破损的话可以寄回来换")]
    [InlineData("质量问题才给退")]
    [InlineData("七天内可以退")]
    [InlineData("buyers may return within 30 days")]
    public void Returns_allowed_with_the_verb_a_window_or_a_condition_are_yes(string reply) =>
        Assert.Equal("yes", Vocabulary.ReadAnswer("returns", reply)?.Value);

    [Theory]
    [InlineData("全程能看到物流")]
    [InlineData("客户要能随时看到包裹在哪")]
    [InlineData("the customer should be able to follow where it is")]
    public void Tracking_wanted_in_other_words_is_yes(string reply) =>
        Assert.Equal("yes", Vocabulary.ReadAnswer("tracking", reply)?.Value);

    [Theory]
    [InlineData("the parcel was returned to sender last time")]
    [InlineData("we had lots of returns on ebay")]
    public void A_mention_of_the_verb_without_a_yes_or_no_says_nothing(string text) =>
        Assert.Null(Vocabulary.ReadAnywhere("returns", text));

    [Theory]
    [InlineData("时效一般就行", "standard")]
    [InlineData("到货慢一点我们能接受", "economy")]
    [InlineData("regular delivery speed is fine", "standard")]
    public void Speed_in_own_words(string reply, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("urgency", reply)?.Value);
}
