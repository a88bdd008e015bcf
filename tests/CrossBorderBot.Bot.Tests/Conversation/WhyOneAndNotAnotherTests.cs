using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "why amazon and not etsy?" after a platform result explained the first pick and Etsy, never Amazon. Every option the
/// question names is explained with its place, beside the first.
/// </summary>
public sealed class WhyOneAndNotAnotherTests
{
    [Fact]
    public async Task Both_platforms_named_are_explained()
    {
        using var user = new GuideSession();
        await user.SayAsync("help me choose a platform");
        foreach (var reply in new[] { "b2c", "us and uk", "handmade jewelry", "500 usd a month", "none", "no" })
        {
            await user.SayAsync(reply);
        }

        var turn = await user.SayAsync("why amazon and not etsy?");

        Assert.Matches("Amazon[^\\n]*(?:is ranked|fit \\d+/100)", turn.Text);
        Assert.Matches("Etsy[^\\n]*(?:is ranked|fit \\d+/100)", turn.Text);
    }

    [Fact]
    public async Task Both_platforms_named_in_chinese_are_explained()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("帮我选平台");
        foreach (var reply in new[] { "B2C", "美国", "家居用品", "每月3000元", "没经验", "没有" })
        {
            await user.SayAsync(reply);
        }

        var turn = await user.SayAsync("为什么推荐亚马逊不推荐速卖通");

        Assert.Matches("亚马逊[^\\n]*匹配度", turn.Text);
        Assert.Matches("速卖通[^\\n]*匹配度", turn.Text);
    }
}
