using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// At a step of a problem's playbook, a question pointing back ("how do we appeal that?", "how can we show it was
/// delivered?", "这个要怎么证明我们没有侵权") was looked up as it stood, and the knowledge base, not knowing what "that" is,
/// said it does not know yet. It is now asked about the problem being fixed: the pointing word is replaced by the
/// playbook's name, or the name is put beside the question.
/// </summary>
public sealed class QuestionPointingBackInAPlaybookTests
{
    [Theory]
    [InlineData("how do we appeal that?", "Account suspension", "how do we appeal Account suspension?")]
    [InlineData("how can we show it was delivered?", "Lost parcel", "how can we show it was delivered (Lost parcel)?")]
    [InlineData("这个要怎么证明我们没有侵权", "知识产权投诉", "知识产权投诉要怎么证明我们没有侵权")]
    [InlineData("what is a plan of action?", "Account suspension", "what is a plan of action?")]
    public void A_question_pointing_back_is_asked_about_the_problem(string question, string problem, string expected) =>
        Assert.Equal(expected, GuideQuestionContext.AboutTheProblem(question, problem));

    [Fact]
    public async Task How_to_appeal_that_at_a_suspension_step_is_answered_about_the_suspension()
    {
        using var user = new GuideSession();
        await user.SayAsync("my ebay account in germany was suspended this morning");
        var step = await user.SayAsync("yes");
        Assert.Contains("Step 1 of", step.Text);

        var turn = await user.SayAsync("how do we appeal that?");
        Assert.DoesNotContain("don't know that yet", turn.Text);
        Assert.Matches("(?i)appeal|plan of action|reinstat", turn.Text);
        Assert.Contains("Step 1 of", turn.Text);
    }
}
