using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Under the readiness form, asking to go through the questions one by one ("can we go through them one by one?",
/// "could you ask me one at a time?") is the form's "one question at a time", not a free question for the knowledge
/// base; the first question follows.
/// </summary>
public sealed class ReadinessOneByOneAskedTests
{
    [Theory]
    [InlineData("en-US", "can we go through them one by one?")]
    [InlineData("en-US", "could you ask me one at a time?")]
    [InlineData("zh-CN", "能不能一个一个问？")]
    public async Task One_by_one_asked_under_the_form_starts_the_questions(string locale, string ask)
    {
        using var user = new GuideSession(locale, "webchat");
        await user.SayAsync(locale == "zh-CN" ? "帮我做个出海准备度评估" : "run the readiness assessment for us");

        var turn = await user.SayAsync(ask);

        Assert.Matches("\\(1/16\\)|（1/16）", turn.Text);
        Assert.DoesNotMatch("(?i)don't know that yet|还不知道答案", turn.Text);
    }
}
