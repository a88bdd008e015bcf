using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// At a fix-issue playbook step, "why this step?" is answered from the step's own detail and "how long does it take?"
/// says plainly that the playbook gives no duration for it (with any period the playbook does name) — both went to the
/// knowledge base, which answered about other things — and the step is asked again.
/// </summary>
public sealed class PlaybookStepQuestionTests
{
    [Fact]
    public async Task Why_this_step_gives_the_steps_detail_and_asks_it_again()
    {
        using var user = new GuideSession();
        await user.SayAsync("amazon suspended our account in the us, what do we do?");
        await user.SayAsync("1");

        var reply = await user.SayAsync("what's the point of this step?");

        Assert.Contains("Step 1 of 8, \"Read the notification closely\": Identify the policy cited", reply.Text);
        Assert.Contains("Step 1 of 8: Read the notification closely", reply.Text);
        Assert.Contains("Done, next", reply.Buttons);
    }

    [Fact]
    public async Task How_long_a_step_takes_is_answered_honestly_with_what_the_playbook_says()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("我们的亚马逊美国店铺被封了，怎么办");
        await user.SayAsync("1");

        var reply = await user.SayAsync("这一步要花多长时间？");

        Assert.Contains("“仔细阅读通知”这一步没有固定的时长", reply.Text);
        Assert.Contains("90 天", reply.Text);
        Assert.DoesNotContain("邮政", reply.Text);
    }
}
