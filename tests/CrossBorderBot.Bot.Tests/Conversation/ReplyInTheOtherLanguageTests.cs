using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// A reply in the other language that the waiting question cannot use: the bot answered with a Chinese lead, English
/// choices and the English question again (or the reverse). The conversation now speaks the reply's language, so the
/// lead and the question asked again are both in it.
/// </summary>
public sealed class ReplyInTheOtherLanguageTests
{
    [Fact]
    public async Task A_chinese_reply_in_an_english_guide_is_answered_in_chinese_only()
    {
        using var user = new GuideSession();
        await user.SayAsync("help me pick a marketplace");
        var turn = await user.SayAsync("这个我得问问老板");

        Assert.Contains("您的客户是谁", turn.Text);
        Assert.DoesNotContain("Who will you sell to", turn.Text);
        Assert.DoesNotContain("B2C — consumers", turn.Text);
    }

    [Fact]
    public async Task An_english_reply_in_a_chinese_guide_is_answered_in_english_only()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("帮我选个平台");
        var turn = await user.SayAsync("hmm let me think about it");

        Assert.Contains("Who will you sell to", turn.Text);
        Assert.DoesNotContain("您的客户是谁", turn.Text);
        Assert.DoesNotContain("个人消费者", turn.Text);
    }

    [Fact]
    public async Task A_reply_in_the_same_language_keeps_the_usual_retry()
    {
        using var user = new GuideSession();
        await user.SayAsync("help me pick a marketplace");
        var turn = await user.SayAsync("hmm let me think about it");

        Assert.Contains("Who will you sell to", turn.Text);
        Assert.Contains("You can answer with one of", turn.Text);
    }
}
