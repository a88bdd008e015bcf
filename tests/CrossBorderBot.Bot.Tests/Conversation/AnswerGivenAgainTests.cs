using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "cheapest way to get … to Sweden" answers the speed question in the opening; "slow is fine" said again at the tracking
/// question got "didn't understand". An answer the guide already has, said again at another question — in its own
/// words or as a short answer to the question that asked it ("slow is totally fine") — is acknowledged and the waiting
/// question asked again.
/// </summary>
public sealed class AnswerGivenAgainTests
{
    [Theory]
    [InlineData("en-US", "cheapest way to get 700 g of hats to sweden, 20 usd", "skip", "slow is fine", "end-to-end tracking")]
    [InlineData("en-US", "get 700 g of hats to sweden as cheap as possible, 20 usd", "skip", "slow is totally fine", "end-to-end tracking")]
    [InlineData("zh-CN", "700克帽子寄瑞典，货值20美元，要最便宜的", "跳过", "慢慢来", "全程物流跟踪")]
    public async Task It_is_acknowledged_and_the_waiting_question_asked_again(string locale, string start, string skip, string again, string waiting)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(start);
        await user.SayAsync(skip);
        var turn = await user.SayAsync(again);

        Assert.Contains(waiting, turn.Text);
        Assert.DoesNotContain("didn't understand", turn.Text);
        Assert.DoesNotContain("没有理解", turn.Text);
        Assert.Contains(locale == "zh-CN" ? "经济" : "Economy", turn.Text);
    }
}
