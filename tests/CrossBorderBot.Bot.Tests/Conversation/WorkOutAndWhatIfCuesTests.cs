using CrossBorderBot.Conversation;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// The sixth pass's message shapes: requests to work something out, "and if…" what-ifs, and statements that open with
/// a modal verb without a subject ("must be trackable"), which are answers, not questions.
/// </summary>
public sealed class WorkOutAndWhatIfCuesTests
{
    [Theory]
    [InlineData("帮我算算去法国的运费")]
    [InlineData("能估算一下运费吗")]
    [InlineData("can you calculate shipping for 3 parcels")]
    [InlineData("figure out the cheapest courier for me")]
    public void Requests_to_work_something_out_are_recognised(string text) => Assert.True(MessageCues.AsksToWorkOut(text));

    [Theory]
    [InlineData("运费怎么算")]
    [InlineData("what does shipping cost to France")]
    public void Questions_about_a_cost_are_not_requests_to_work_it_out(string text) => Assert.False(MessageCues.AsksToWorkOut(text));

    [Theory]
    [InlineData("ok and if it weighs more?")]
    [InlineData("so what if we ship by sea")]
    [InlineData("if there are two boxes")]
    public void And_if_and_if_there_are_what_ifs(string text) => Assert.True(MessageCues.IsWhatIf(text));

    [Theory]
    [InlineData("must be delivered within a week", false)]
    [InlineData("should have tracking", false)]
    [InlineData("must we register for IOSS", true)]
    [InlineData("can you ship batteries to Japan", true)]
    public void A_modal_without_a_subject_opens_no_question(string text, bool question) =>
        Assert.Equal(question, MessageCues.IsQuestion(text));
}
