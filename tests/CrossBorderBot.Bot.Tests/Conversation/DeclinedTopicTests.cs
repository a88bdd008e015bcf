using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// A topic declined or put off at a question ("退货先不搞", "售后退货咱们先不管", "商标暂时不去弄") started the fix-an-issue
/// guide: "先不" counted as a request for another task, and the topic's issue word (returns, trademark) gave that task.
/// "先不" asks for something else only when something else follows it ("先不弄这个了，帮我看看物流"); said of a topic with
/// nothing after, it declines that topic, which is the waiting question's business.
/// </summary>
public sealed class DeclinedTopicTests
{
    [Theory]
    [InlineData("退货先不搞")]
    [InlineData("售后退货咱们先不管")]
    [InlineData("商标暂时先不弄")]
    public void A_topic_put_off_with_nothing_after_asks_for_no_task(string text) => Assert.False(MessageCues.RequestsATask(text));

    [Theory]
    [InlineData("先不弄这个了，帮我看看物流")]
    [InlineData("这个先不选了，我想评估一下")]
    public void Dropping_one_thing_for_another_still_asks_for_it(string text) => Assert.True(MessageCues.RequestsATask(text));

    [Theory]
    [InlineData("退货先不搞")]
    [InlineData("售后退货咱们先不管")]
    public async Task Returns_put_off_at_the_returns_question_start_no_problem_guide(string reply)
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("3公斤床单寄澳大利亚，货值300元");
        await user.SayAsync("跳过");
        await user.SayAsync("标准");
        var returns = await user.SayAsync("要");
        Assert.Contains("能够退货", returns.Text);

        var turn = await user.SayAsync(reply);
        Assert.DoesNotContain("最匹配", turn.Text);
        Assert.DoesNotContain("遇到了什么问题", turn.Text);
        Assert.DoesNotContain("是哪个市场的问题", turn.Text);
    }
}
