using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Inside a guide, a question about the guide's own outcome under another option ("would it work out cheaper in two
/// boxes?", "走空运会不会快不少", "would Etsy suit us better than Amazon?") went to the knowledge base, which said "I
/// don't know that yet". The guide answers it with its result: the bot says so, names how to compare once the result is
/// shown, and asks the waiting question again. A question about a fact ("how much is Shopify a month?") stays a question.
/// </summary>
public sealed class OutcomeAskedBeforeTheResultTests
{
    [Theory]
    [InlineData("en-US", "ship 5 kg of kitchen scales to portugal, value 80 eur", "would it work out cheaper in two boxes?", "outer dimensions")]
    [InlineData("en-US", "ship 5 kg of kitchen scales to portugal, value 80 eur", "is express going to be much faster?", "outer dimensions")]
    [InlineData("zh-CN", "5公斤厨房秤寄葡萄牙，货值500元", "走空运会不会快不少", "外箱尺寸")]
    public async Task A_question_about_the_shipments_outcome_waits_for_the_result(string locale, string start, string question, string waiting)
    {
        var chinese = locale == "zh-CN";
        using var user = new GuideSession(locale);
        await user.SayAsync(start);

        var turn = await user.SayAsync(question);

        Assert.DoesNotContain(chinese ? "还不知道答案" : "don't know that yet", turn.Text);
        Assert.DoesNotContain(chinese ? "没有理解" : "didn't understand", turn.Text);
        Assert.Contains(chinese ? "结果" : "result", turn.Text);
        Assert.Contains(waiting, turn.Text);
    }

    [Theory]
    [InlineData("en-US", "help me choose a platform", "b2c", "would etsy suit us better than amazon?", "Which markets")]
    [InlineData("zh-CN", "帮我选平台", "B2C", "Shopee会不会比Lazada更适合我们", "哪些市场")]
    public async Task A_question_comparing_the_guides_options_waits_for_the_result(string locale, string start, string answer, string question, string waiting)
    {
        var chinese = locale == "zh-CN";
        using var user = new GuideSession(locale);
        await user.SayAsync(start);
        await user.SayAsync(answer);

        var turn = await user.SayAsync(question);

        Assert.DoesNotContain(chinese ? "还不知道答案" : "don't know that yet", turn.Text);
        Assert.Contains(chinese ? "结果" : "result", turn.Text);
        Assert.Contains(waiting, turn.Text);
    }

    [Fact]
    public async Task A_question_about_a_fact_is_still_answered_as_a_question()
    {
        using var user = new GuideSession();
        await user.SayAsync("help me choose a platform");
        await user.SayAsync("b2c");

        var turn = await user.SayAsync("how much does etsy charge per listing?");

        Assert.DoesNotContain("I'll answer that with the result", turn.Text);
        Assert.Contains("Which markets", turn.Text);
    }
}
