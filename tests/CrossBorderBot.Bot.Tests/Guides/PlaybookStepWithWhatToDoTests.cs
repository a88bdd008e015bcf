using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A playbook step shows what the seller needs to act at once — its title and its detail in one message — instead of
/// the title alone with a "More detail" button to press at every step; asking for more detail still gets a plain
/// answer. A step turned down in one's own words ("这一步不做了", "这步不弄了", "we're not doing this step") goes on to the
/// next step; it never cancels the guide.
/// </summary>
public sealed class PlaybookStepWithWhatToDoTests
{
    [Fact]
    public async Task A_step_shows_its_detail_with_its_title_and_no_more_detail_button()
    {
        using var user = new GuideSession();
        await user.SayAsync("amazon suspended our account in the us, what do we do?");

        var reply = await user.SayAsync("1");

        Assert.Contains("Step 1 of 8: Read the notification closely", reply.Text);
        Assert.Contains("Identify the policy cited", reply.Text);
        Assert.DoesNotContain("More detail", reply.Buttons);
        Assert.Contains("Done, next", reply.Buttons);
    }

    [Fact]
    public async Task More_detail_asked_for_is_answered_and_the_step_asked_again()
    {
        using var user = new GuideSession();
        await user.SayAsync("amazon suspended our account in the us, what do we do?");
        await user.SayAsync("1");

        var reply = await user.SayAsync("more detail");

        Assert.DoesNotContain("didn't understand", reply.Text);
        Assert.Contains("Step 1 of 8", reply.Text);
    }

    [Theory]
    [InlineData("zh-CN", "我们的亚马逊美国店铺被封了，怎么办", "这一步不做了", "第 2 步")]
    [InlineData("zh-CN", "我们的亚马逊美国店铺被封了，怎么办", "这步不弄了", "第 2 步")]
    [InlineData("en-US", "amazon suspended our account in the us, what do we do?", "we're not doing this step", "Step 2 of")]
    [InlineData("zh-CN", "我们的亚马逊美国店铺被封了，怎么办", "接着下一步", "第 2 步")]
    [InlineData("zh-CN", "我们的亚马逊美国店铺被封了，怎么办", "继续下一步吧", "第 2 步")]
    public async Task A_step_turned_down_or_gone_on_from_goes_on_and_never_cancels(string locale, string opening, string reply, string next)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        await user.SayAsync("1");

        var turn = await user.SayAsync(reply);

        Assert.Contains(next, turn.Text);
        Assert.DoesNotMatch("(?i)stopped|已停止", turn.Text);
    }
}
