using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// What the slot vocabulary makes of an answer wrapped in words of acceptance ("standard is fine", "普通的也行"), of a
/// deadline in days, of a don't-know after the question's topic ("市场还没决定"), of "as little as possible", and of a
/// correction that opens with "不对" or "oops" (no negation of the question waiting).
/// </summary>
public sealed class SlotAcceptanceAndCorrectionTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("urgency", "normal is fine", "standard")]
    [InlineData("urgency", "economy works for us", "economy")]
    [InlineData("urgency", "quick as possible", "fast")]
    [InlineData("urgency", "一般的也可以", "standard")]
    [InlineData("tracking", "yes that would be good", "yes")]
    public void An_answer_with_words_of_acceptance_is_the_answer(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("must arrive in 3 days", "fast")]
    [InlineData("两天内要到", "fast")]
    [InlineData("within two weeks", "standard")]
    [InlineData("一周左右", "standard")]
    public void A_deadline_in_days_reads_as_a_speed_anywhere(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere("urgency", text)?.Value);

    [Theory]
    [InlineData("市场还没决定")]
    [InlineData("budget not sure")]
    [InlineData("haven't decided")]
    public void A_dont_know_after_the_questions_topic_is_a_dont_know(string text) =>
        Assert.True(Vocabulary.IsUnknown(text));

    [Theory]
    [InlineData("we sell to germany, the rest not sure")]
    [InlineData("想卖到美国和英国，其他的还没想好")]
    public void A_dont_know_after_a_real_answer_is_no_dont_know(string text) =>
        Assert.False(Vocabulary.IsUnknown(text));

    [Theory]
    [InlineData("不对，目的地是葡萄牙")]
    [InlineData("oops, the weight is 3 kg")]
    [InlineData("sorry i meant belgium")]
    public void A_correction_is_no_negation_of_the_question_waiting(string text)
    {
        Assert.Null(Vocabulary.ReadAnswer("urgency", text));
        Assert.Null(Vocabulary.ReadAnswer("tracking", text));
    }

    [Theory]
    [InlineData("不对，不需要跟踪", "no")]
    [InlineData("no wait, no tracking", "no")]
    public void A_correction_followed_by_a_no_is_a_no(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("tracking", text)?.Value);

    [Theory]
    [InlineData("as low as possible")]
    [InlineData("能少就少")]
    public void As_little_as_possible_is_the_cheapest_budget(string text) =>
        Assert.Equal("cheapest", Vocabulary.ReadAnswer("budget", text)?.Value);
}
