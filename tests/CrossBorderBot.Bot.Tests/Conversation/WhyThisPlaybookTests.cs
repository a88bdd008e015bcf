using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// At a playbook step, "why this fix and not the bad reviews one?" was read as "why this step?" and "为什么是这个方案，不是
/// 物流延误那个？" was looked up as a question. Both ask why the playbook was matched: the bot says what it matched the
/// description to, the situations that playbook is for, and how to try the next best match; then the step is asked again.
/// </summary>
public sealed class WhyThisPlaybookTests
{
    [Theory]
    [InlineData("en-US", "our parcel to the uk is held at customs and they want an invoice", "yes", "why this playbook and not the one about late deliveries?", "I matched what you described to", "Step 1 of")]
    [InlineData("zh-CN", "寄到英国的包裹被海关扣了，要我们补发票", "是", "为啥是这个方案，不是物流延误那个", "我把您描述的情况匹配到了", "第 1 步")]
    public async Task Why_this_playbook_says_why_it_was_matched(string locale, string problem, string yes, string question, string matched, string step)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(problem);
        await user.SayAsync(yes);

        var turn = await user.SayAsync(question);

        Assert.Contains(matched, turn.Text);
        Assert.Contains(step, turn.Text);
    }
}
