using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The sixth pass's slot readings: "not wanted" after the thing named, a yes for part and a no for the rest, Chinese
/// phrases written beside Latin letters, "can't say" and pointing lead-ins as don't-know, hedged answers.
/// </summary>
public sealed class SlotMixedAndNotNeededTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("returns", "退货这个不用考虑")]
    [InlineData("tracking", "追踪没必要")]
    [InlineData("returns", "returns not needed")]
    [InlineData("brand", "a brand is not a priority")]
    public void Not_wanted_after_the_thing_named_says_no(string slot, string text) =>
        Assert.Equal("no", Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("returns", "yes, no need to ask")]
    public void A_reply_that_opens_with_something_else_is_not_read_as_not_wanted(string slot, string text) =>
        Assert.NotEqual("no", Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("FCC yes, the EU ones not yet")]
    [InlineData("有PSE，欧盟的还没做")]
    [InlineData("UKCA yes, rest dont know")]
    public void A_yes_for_part_and_a_no_for_the_rest_is_the_partial_answer(string text) =>
        Assert.Equal("some", Vocabulary.ReadAnswer("readiness.compliance-certifications", text)?.Value);

    [Fact]
    public void A_plain_yes_at_the_certificates_question_means_all() =>
        Assert.Equal("all", Vocabulary.ReadAnswer("readiness.compliance-certifications", "有")?.Value);

    [Theory]
    [InlineData("每批都做QC全检", "systematic")]
    [InlineData("用SGS第三方验货", "systematic")]
    public void A_chinese_phrase_beside_latin_letters_is_found(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("readiness.product-quality-control", text)?.Value);

    [Fact]
    public void A_latin_phrase_inside_a_longer_word_is_still_not_found() =>
        Assert.Null(Vocabulary.ReadAnywhere("readiness.product-quality-control", "the sgsx label"));

    [Theory]
    [InlineData("说不准")]
    [InlineData("hard to say")]
    [InlineData("这个不太清楚")]
    [InlineData("this one no idea")]
    public void Cant_say_and_a_pointing_lead_in_are_dont_know(string text) =>
        Assert.True(Vocabulary.IsUnknown(text));

    [Theory]
    [InlineData("kind of unique", "unique")]
    [InlineData("we own three design patents", "unique")]
    [InlineData("nothing special", "same-as-others")]
    [InlineData("没什么特别的", "same-as-others")]
    public void Hedged_and_patent_answers_at_the_differentiation_question(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("readiness.product-differentiation", text)?.Value);
}
