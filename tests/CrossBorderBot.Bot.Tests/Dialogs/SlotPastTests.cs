using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// History is not the plan: "we did some alibaba.com b2b before" at the experience question says what the team has
/// done, not that it now sells to businesses; what the seller does now still answers.
/// </summary>
public sealed class SlotPastTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("we did some alibaba.com b2b before but never retail")]
    [InlineData("以前做过批发，没做过零售")]
    [InlineData("we used to sell wholesale to importers")]
    public void Words_about_the_past_do_not_answer_whom_the_seller_will_sell_to(string text) =>
        Assert.Null(Vocabulary.ReadAnywhere("model", text));

    [Theory]
    [InlineData("we did b2b before, now we want to sell to consumers", "B2C")]
    [InlineData("以前做批发，现在想做零售", "B2C")]
    [InlineData("we sell wholesale to importers", "B2B")]
    public void What_the_seller_does_now_still_answers(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere("model", text)?.Value);

    [Fact]
    public void Some_work_done_on_a_platform_is_some_experience() =>
        Assert.Equal("some", Vocabulary.ReadAnswer("experience", "we did some alibaba.com b2b before but never retail")?.Value);
}
