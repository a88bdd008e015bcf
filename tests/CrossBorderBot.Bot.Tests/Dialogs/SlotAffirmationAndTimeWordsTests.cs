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
    [InlineData("tracking", "that would be nice to have")]
    [InlineData("tracking", "preferably, buyers ask where their parcel is")]
    [InlineData("returns", "ideally yes")]
    [InlineData("tracking", "最好能查")]
    [InlineData("returns", "希望可以退")]
    public void A_wish_at_a_yes_no_question_says_yes(string slot, string text) =>
        Assert.Equal("yes", Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("tracking", "would not be nice, too slow")]
    [InlineData("tracking", "最好不要")]
    public void A_negated_wish_is_not_a_yes(string slot, string text) =>
        Assert.NotEqual("yes", Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("pretty similar to what the others sell", "same-as-others")]
    [InlineData("basically generic stuff", "same-as-others")]
    [InlineData("和同行的产品基本一样", "same-as-others")]
    [InlineData("跟其他卖家大同小异", "same-as-others")]
    public void Products_like_everyone_elses_have_no_differentiation(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("readiness.product-differentiation", text)?.Value);

    [Theory]
    [InlineData("model", "retail custumers", "B2C")]
    [InlineData("model", "to retalers", "B2B")]
    public void A_phrase_with_one_slip_in_a_longer_word_is_read_at_its_question(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

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
