using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "yes there's a lithium battery inside, is that a problem?" at the batteries question: the answer was taken but "is
/// that a problem?" was looked up alone (and got the quality-complaints playbook); "耳机里有锂电池，这个有影响吗" was not
/// split at all. A question that points back ("that", "这个") is asked about what the answer said.
/// </summary>
public sealed class AnswerWithAQuestionAboutItTests
{
    [Theory]
    [InlineData("耳机里有锂电池，这个有影响吗", "耳机里有锂电池", "这个有影响吗")]
    [InlineData("卖给个人消费者，这样会不会有问题", "卖给个人消费者", "这样会不会有问题")]
    [InlineData("yes there's a lithium battery inside, is that a problem?", "yes there's a lithium battery inside", "is that a problem?")]
    public void An_answer_and_a_question_pointing_back_are_split(string text, string answer, string question) =>
        Assert.Equal((answer, question), MessageCues.SplitAnswerAndQuestion(text));

    [Theory]
    [InlineData("不确定是哪个国家，你看着办")]
    [InlineData("欧美，预算多少还没想好")]
    public void A_reply_with_only_an_indefinite_question_word_is_not_split(string text) =>
        Assert.Null(MessageCues.SplitAnswerAndQuestion(text));

    [Theory]
    [InlineData("yes there's a lithium battery inside", "is that a problem?", "there's a lithium battery inside, is that a problem?")]
    [InlineData("耳机里有锂电池", "这个有影响吗", "耳机里有锂电池，这个有影响吗")]
    [InlineData("australia", "do they charge GST?", "do they charge GST?")]
    public void A_question_pointing_back_is_asked_about_the_answer(string answer, string question, string asked) =>
        Assert.Equal(asked, MessageCues.AboutTheAnswer(answer, question));

    [Fact]
    public async Task The_battery_is_taken_and_the_question_is_answered_about_it()
    {
        using var user = new GuideSession();
        await user.SayAsync("ship 800 g of wireless earbuds to france, value 35 eur");
        foreach (var reply in new[] { "skip", "standard", "yes", "no" })
        {
            await user.SayAsync(reply);
        }

        var turn = await user.SayAsync("yes there's a lithium battery inside, is that a problem?");

        Assert.Contains("Lithium batteries", turn.Text);
        Assert.DoesNotContain("Buyers report defects", turn.Text);
        Assert.Contains("Logistics channels:", turn.Text);
    }
}
