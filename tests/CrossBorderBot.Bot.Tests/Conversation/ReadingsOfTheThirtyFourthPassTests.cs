using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the thirty-fourth pass added, each a general rule checked on other wording than
/// UnderstandDev34's and the parts': a thanks beside a clause that only tells the seller's own next step or how someone
/// else will take it is a thanks, however many words that clause has; the same clause beside a command to leave asks the
/// bot nothing, even with a question inside it for someone else; going on may name what it goes on with.
/// </summary>
public sealed class ReadingsOfTheThirtyFourthPassTests
{
    [Theory]
    [InlineData("thank you, i'll let the factory know this afternoon")]
    [InlineData("cheers, sharing this with my brother")]
    [InlineData("thanks a bunch, my boss will be relieved")]
    [InlineData("ok thanks, we're going to sleep on it")]
    [InlineData("多谢，我去和供应商谈谈")]
    [InlineData("谢谢，财务那边我来对接")]
    [InlineData("好嘞，回头转告老板，感谢")]
    public void A_thanks_beside_a_next_step_or_someone_elses_reaction_is_a_thanks(string text) =>
        Assert.Equal(Interruption.Thanks, InterruptionDetector.Detect(text, Recognize(text)));

    [Theory]
    [InlineData("thanks, and what about japan?")]
    [InlineData("thanks, will it be cheaper by sea?")]
    [InlineData("thanks, i'll ship 3 kg to berlin next")]
    [InlineData("谢谢，给我看看计划")]
    [InlineData("谢谢，那清关要多久")]
    [InlineData("i'll tell the buyer")]
    public void A_thanks_beside_a_question_a_fact_or_a_request_or_a_next_step_alone_is_no_thanks(string text) =>
        Assert.NotEqual(Interruption.Thanks, InterruptionDetector.Detect(text, Recognize(text)));

    [Theory]
    [InlineData("等一下，取消，我先问问客户箱子多重")]
    [InlineData("ok cancel, i'll ask the buyer which colour she wants")]
    public void A_command_to_leave_beside_a_question_for_someone_else_leaves(string text) =>
        Assert.Equal(Interruption.Cancel, InterruptionDetector.Detect(text, Recognize(text)));

    [Theory]
    [InlineData("sure, carry on with the list")]
    [InlineData("ok continue with your steps please")]
    [InlineData("那再下一个呢")]
    public void Going_on_with_what_it_names_asks_for_the_next_step(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
