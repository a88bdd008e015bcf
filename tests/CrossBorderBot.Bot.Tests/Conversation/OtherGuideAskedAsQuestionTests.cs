using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Inside one guide, a question asking for another guide's recommendation starts that guide as a detour: "which
/// platform would suit us?" in the readiness check got "I don't know", where at the menu it starts the platform guide.
/// </summary>
public sealed class OtherGuideAskedAsQuestionTests
{
    [Theory]
    [InlineData("en-US", "check if we are ready to sell abroad", "which platform would suit us?", "platforms that fit your business")]
    [InlineData("zh-CN", "帮我评估一下我们能不能做跨境", "哪个平台比较适合我们？", "适合您业务的平台")]
    public async Task The_other_guide_starts_and_the_first_waits(string locale, string start, string ask, string expected)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(start);
        var turn = await user.SayAsync(ask);

        Assert.Contains(expected, turn.Text);
    }

    [Fact]
    public async Task A_question_about_a_rule_inside_a_guide_is_still_answered()
    {
        using var user = new GuideSession();
        await user.SayAsync("check if we are ready to sell abroad");
        var turn = await user.SayAsync("what is the VAT rate in Germany?");

        Assert.Contains("19", turn.Text);
        Assert.DoesNotContain("platforms that fit your business", turn.Text);
    }
}
