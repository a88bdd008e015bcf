using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// After a logistics result, "what about by rail instead?" or "那走海运呢" names a way of shipping, not a speed: it got
/// "That is already what this result assumes" (sea and rail are words for the economy speed the result already used).
/// A what-if naming a channel the result ruled out for this parcel now says why it does not fit, in the advisor's own
/// reason, and the result stands; a channel the result ranks is still a what-if as before.
/// </summary>
public sealed class RuledOutWayOfShippingWhatIfTests
{
    [Fact]
    public async Task Rail_instead_says_why_rail_does_not_fit_this_parcel()
    {
        using var user = new GuideSession();
        await user.SayAsync("send 3 kg of cushions to austria, 70 eur");
        foreach (var answer in new[] { "skip", "economy", "yes", "no" })
        {
            await user.SayAsync(answer);
        }

        var result = await user.SayAsync("none");
        Assert.Contains("Logistics channels:", result.Text);

        var turn = await user.SayAsync("what about by rail instead?");
        Assert.Contains("Rail freight", turn.Text);
        Assert.Contains("not an option", turn.Text);
        Assert.DoesNotContain("already what this result assumes", turn.Text);
    }

    [Fact]
    public async Task Sea_freight_in_chinese_says_why_it_does_not_fit()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("5公斤毛绒玩具寄新西兰，货值500元");
        foreach (var answer in new[] { "跳过", "经济", "要", "不需要" })
        {
            await user.SayAsync(answer);
        }

        var result = await user.SayAsync("都没有");
        Assert.Contains("物流渠道：", result.Text);

        var turn = await user.SayAsync("那走海运呢");
        Assert.Contains("海运", turn.Text);
        Assert.Contains("不适合", turn.Text);
        Assert.DoesNotContain("已经是按这一点算的", turn.Text);
    }
}
