using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// Replies that open with a yes at a yes/no question, time preferences said with a negated hurry word, and a size not
/// measured: what the slot readers get from the slot vocabulary for "yep we got one", "不用着急" and "箱子还没测".
/// </summary>
public sealed class SlotAffirmationAndTimeWordsTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("brand", "yep we got one registered last year", "yes")]
    [InlineData("brand", "有个小品牌", "yes")]
    [InlineData("tracking", "yes, buyers like to follow their parcels", "yes")]
    [InlineData("returns", "需要能退", "yes")]
    [InlineData("readiness.yes-no", "we do that for every order", "yes")]
    public void A_reply_opening_with_yes_at_a_yes_no_question_says_yes(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("brand", "有没有都行")]
    [InlineData("tracking", "要不要都可以")]
    [InlineData("brand", "是不是一定要有")]
    public void Openings_that_only_look_like_a_yes_are_not_one(string slot, string text) =>
        Assert.NotEqual("yes", Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("不赶时间", "economy")]
    [InlineData("不用着急", "economy")]
    [InlineData("it's not urgent at all", "economy")]
    [InlineData("no need to rush", "economy")]
    [InlineData("we're in a hurry", "fast")]
    [InlineData("比较赶时间", "fast")]
    public void Time_preferences_are_read_with_their_negation(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("urgency", text)?.Value);

    [Theory]
    [InlineData("箱子还没测")]
    [InlineData("尺寸没量过")]
    [InlineData("we haven't measured the carton yet")]
    [InlineData("don't know the exact size")]
    public void A_size_not_measured_skips_the_size(string text) =>
        Assert.Equal("skip", Vocabulary.ReadAnswer("size", text)?.Value);

    [Theory]
    [InlineData("just clothes, nothing special", "none")]
    [InlineData("普通货物", "none")]
    [InlineData("a lamp with a battery inside", "batteries")]
    public void Plain_goods_in_other_words_have_neither_batteries_nor_liquids(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("goods", text)?.Value);
}
