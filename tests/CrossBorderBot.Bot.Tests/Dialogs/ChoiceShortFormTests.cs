using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>A choice's long title typed shortened, words in order and some left out, picks that choice when it fits only one.</summary>
public sealed class ChoiceShortFormTests
{
    [Theory]
    [InlineData("zh-CN", "按目的地比较", "（16/16）物流：")]
    [InlineData("zh-CN", "交给同一个货代", "（16/16）物流：")]
    [InlineData("en-US", "compare by destination", "(16/16) Logistics:")]
    [InlineData("en-US", "one forwarder for everything", "(16/16) Logistics:")]
    public async Task A_shortened_title_answers_the_readiness_question(string locale, string reply, string next)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "zh-CN" ? "评估出海准备度" : "check my readiness");
        foreach (var answer in Enumerable.Repeat("1", 14))
        {
            await user.SayAsync(answer);
        }

        var turn = await user.SayAsync(reply);

        Assert.Contains(next, turn.Question);
        Assert.DoesNotMatch("didn't understand|没有理解", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "we have")]
    [InlineData("zh-CN", "渠道")]
    public async Task A_reply_too_short_or_fitting_several_titles_is_not_taken(string locale, string reply)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "zh-CN" ? "评估出海准备度" : "check my readiness");
        foreach (var answer in Enumerable.Repeat("1", 14))
        {
            await user.SayAsync(answer);
        }

        var turn = await user.SayAsync(reply);

        Assert.Contains(locale == "zh-CN" ? "（15/16）" : "(15/16)", turn.Question);
    }
}
