namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The thirty-sixth session, from holdout32's causes counted in holdout31 to holdout28 too (development material from that
/// session): a named entry refused as "too little of what is asked" for words that ask a kind of fact it holds (whether it
/// costs, who may do it, what decides it, a size, how often it is filed); a platform's programme answered from the platform's
/// overview; a task asked of the bot answered as if it were a question. Messages of other wording than any set's.
/// </summary>
public class HeldOutThirtyTwoCauseTests
{
    [Theory]
    [InlineData("asin length in characters", "asin", "10")]
    [InlineData("buy box: what factors decide it", "buy-box", "price")]
    public void A_named_entry_holding_the_kind_of_fact_asked_answers(string question, string entry, string pattern)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(entry, answer.Entries[0].Id);
        Assert.Matches("(?i)" + pattern, answer.Text);
    }

    [Theory]
    [InlineData("what does it take to earn the star seller badge on etsy")]
    [InlineData("shopee直通车一天预算设多少合适")]
    public void A_platform_programme_its_entry_does_not_write_is_not_answered(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);

    [Theory]
    [InlineData("could you book a ups collection for us on friday")]
    [InlineData("帮我们预约一下明天的顺丰上门取件")]
    [InlineData("where is parcel RR987654321CN now")]
    public void A_task_for_the_bot_is_not_answered_as_a_question(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);
}
