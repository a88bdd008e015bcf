using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// At the logistics guide's yes/no questions, a yes or no that opens a clause about another question's topic answers
/// that question, not the one waiting: "no battery, it's hand cranked" at the tracking question says there are no
/// batteries, notes it, and asks about tracking again — it is no "tracking: no".
/// </summary>
public sealed class OtherTopicNoAtLogisticsQuestionTests
{
    [Theory]
    [InlineData("en-US", "no battery, it's hand cranked", "end-to-end tracking")]
    [InlineData("en-US", "no lithium or anything like that, it's only cardboard and wood", "end-to-end tracking")]
    [InlineData("zh-CN", "没有电池，都是布料", "全程物流跟踪")]
    public async Task A_no_about_the_goods_at_the_tracking_question_leaves_tracking_open(string locale, string reply, string askedAgain)
    {
        using var user = new GuideSession(locale);
        foreach (var step in locale == "zh-CN" ? new[] { "发1公斤围巾到德国", "40*30*10", "200块", "标准" } : ["ship 1 kg of scarves to germany", "40x30x10", "30 usd", "standard"])
        {
            await user.SayAsync(step);
        }

        var turn = await user.SayAsync(reply);

        Assert.DoesNotMatch("(?i)Tracking needed: no|需要跟踪: 否", turn.Text);
        Assert.Contains(askedAgain, turn.Text);
    }
}
