using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>The slot vocabulary: clear phrases anywhere, short answers to the slot's own question, typos, defaults.</summary>
public sealed class SlotVocabularyTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("model", "we mostly sell wholesale to importers in Chile", "B2B")]
    [InlineData("model", "主要卖给终端消费者", "B2C")]
    [InlineData("brand", "we don't have a brand yet", "no")]
    [InlineData("brand", "我们没有自己的品牌", "no")]
    [InlineData("brand", "我们有自有品牌", "yes")]
    [InlineData("goods", "it is a power bank", "batteries")]
    [InlineData("goods", "电池和液体都有", "both")]
    [InlineData("urgency", "no rush at all", "economy")]
    [InlineData("urgency", "2kg of yoga mats to canada, standard speed, tracking yes", "standard")]
    [InlineData("urgency", "average delivery time is fine", "standard")]
    public void A_clear_phrase_fills_its_slot_anywhere_in_a_message(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere(slot, text)?.Value);

    [Theory]
    [InlineData("brand", "yes")]
    [InlineData("tracking", "some")]
    [InlineData("experience", "ok")]
    public void A_short_answer_is_not_read_outside_its_own_question(string slot, string text) =>
        Assert.Null(Vocabulary.ReadAnywhere(slot, text));

    [Theory]
    [InlineData("experience", "a bit, mostly on etsy", "some")]
    [InlineData("experience", "expereinced", "experienced")]
    [InlineData("tracking", "yup", "yes")]
    [InlineData("returns", "不需要", "no")]
    [InlineData("model", "2b", "B2B")]
    public void The_reply_to_a_slots_own_question_takes_short_answers_and_typos(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("urgency", "no preference", "standard")]
    [InlineData("goods", "不清楚", "none")]
    [InlineData("experience", "dunno", "none")]
    public void Dont_know_gives_the_slots_default_marked_as_a_default(string slot, string text, string value)
    {
        var reading = Vocabulary.ReadAnswer(slot, text);
        Assert.Equal(value, reading?.Value);
        Assert.True(reading?.IsDefault);
    }

    [Fact]
    public void A_slot_without_a_default_has_no_answer_for_dont_know() => Assert.Null(Vocabulary.ReadAnswer("model", "not sure"));

    [Theory]
    [InlineData("tracking", "yup", "tracking", true)]
    [InlineData("tracking", "yup", null, null)]
    [InlineData("brand", "we don't have a brand yet", null, false)]
    [InlineData("returns", "不需要", "returns", false)]
    public void A_guide_reads_a_yes_or_no_as_the_reply_only_while_its_question_waits(string slot, string text, string? waitingSlot, bool? expected) =>
        Assert.Equal(expected, Vocabulary.ReadYesNo(slot, text, waitingSlot, new HashSet<string>()));

    [Fact]
    public void A_default_a_guide_reads_is_noted_and_a_clear_answer_is_not()
    {
        var defaults = new HashSet<string>();

        Assert.Equal("standard", Vocabulary.ReadValue("urgency", "no preference", "urgency", defaults));
        Assert.Equal("none", Vocabulary.ReadValue("goods", "it is just clothes, no batteries", "goods", defaults));
        Assert.Equal(["urgency"], defaults);
    }
}
