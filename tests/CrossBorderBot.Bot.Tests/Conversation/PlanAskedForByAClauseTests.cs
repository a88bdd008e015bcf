using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// The saved plan asked for with a clause instead of a noun ("what you came up with for us last week", "你之前帮我们
/// 算出来的那个") was not a plan request; and a question that only had a time word and "answer" in it ("before I answer
/// that, …") was one. The result may be named by what the bot did (a clause), and "before" opening a clause of its own,
/// or "answer" as the user's own answer, points back to nothing.
/// </summary>
public sealed class PlanAskedForByAClauseTests
{
    [Theory]
    [InlineData("can I see what you came up with for us last week?")]
    [InlineData("please bring back what you figured out for me earlier")]
    [InlineData("remind me what you recommended before")]
    [InlineData("你之前帮我们算出来的那个再发一下")]
    [InlineData("上次你帮我选的那几个再给我看看")]
    public void The_result_named_by_a_clause_is_a_plan_request(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("before I answer that, what does own design mean?")]
    [InlineData("before we go on, is there a fee for the answer you give?")]
    [InlineData("what did you say before about VAT?")]
    [InlineData("what you suggested is too slow, can we go faster?")]
    [InlineData("回答之前先问一下，什么算自有设计")]
    public void A_question_with_a_time_word_and_a_result_word_is_not_a_plan_request(string text) => Assert.False(MessageCues.AsksForPlan(text));

    [Fact]
    public async Task A_plan_asked_for_by_a_clause_is_sent_once()
    {
        using var user = new GuideSession();
        await user.SayAsync("ship 700 g of socks to denmark, value 20 eur");
        foreach (var reply in new[] { "skip", "standard", "yes", "no", "none" })
        {
            await user.SayAsync(reply);
        }

        await user.SayAsync("cancel");
        var turn = await user.SayAsync("can you dig out what you came up with for the socks?");

        Assert.Single(turn.Replies, reply => BotReplies.VisibleText(reply).Contains("Logistics plan: ", StringComparison.Ordinal));
    }
}
