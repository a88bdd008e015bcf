using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A yes said after the thing it is about ("CE有", "商标有的") counts as the yes clause of a partial answer, as "CE yes"
/// already does in English; a yes straight after a negation ("别的没有") is no yes.
/// </summary>
public sealed class TopicFirstYesTests
{
    private const string Certificates = "readiness.compliance-certifications";

    [Theory]
    [InlineData("CE有，别的不清楚")]
    [InlineData("CE有，别的没有")]
    [InlineData("别的没有，CE认证有的")]
    public void A_chinese_yes_after_its_topic_with_a_no_or_dont_know_elsewhere_is_a_partial_answer(string text) =>
        Assert.Equal("some", SlotVocabulary.Default.ReadAnswer(Certificates, text)?.Value);

    [Theory]
    [InlineData("CE没有，别的不清楚")]
    [InlineData("别的没有，也不清楚")]
    public void A_yes_word_after_a_negation_is_no_yes(string text) =>
        Assert.NotEqual("some", SlotVocabulary.Default.ReadAnswer(Certificates, text)?.Value);
}
