using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "we sell on taobao already, nothing abroad" at the platform guide's experience question started the readiness check
/// (the classifier leans that way on experience words) and left the guide; "只做过淘宝" at its market question was "didn't
/// understand". Selling only at home is no cross-border experience: the platform guide takes it, wherever it is said,
/// and stays.
/// </summary>
public sealed class DomesticOnlyExperienceTests
{
    [Theory]
    [InlineData("en-US", "we sell on taobao already, nothing abroad", "Do you have your own brand")]
    [InlineData("en-US", "only on taobao so far", "Do you have your own brand")]
    [InlineData("en-US", "never sold overseas, we do wholesale in china", "Do you have your own brand")]
    [InlineData("zh-CN", "我们只做过淘宝", "您有自己的品牌吗")]
    [InlineData("zh-CN", "国内电商做了几年，海外没做过", "您有自己的品牌吗")]
    public async Task It_answers_the_experience_question_and_the_guide_goes_on(string locale, string reply, string nextQuestion)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "zh-CN" ? "帮我选平台，卖手机壳给个人消费者，美国，每月预算3000元" : "help me choose a platform, b2c, phone cases, selling to the us, budget 500 usd a month");

        var turn = await user.SayAsync(reply);

        Assert.Contains(nextQuestion, turn.Question);
        Assert.DoesNotContain("readiness", turn.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("准备度", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "only taobao so far", "Experience: None")]
    [InlineData("zh-CN", "我们只做过淘宝", "经验: 还没有")]
    public async Task Said_at_another_question_it_is_noted(string locale, string reply, string noted)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "zh-CN" ? "帮我选平台，卖给个人消费者" : "help me choose a platform, b2c");

        var turn = await user.SayAsync(reply);

        Assert.Contains(noted, turn.Text);
    }
}
