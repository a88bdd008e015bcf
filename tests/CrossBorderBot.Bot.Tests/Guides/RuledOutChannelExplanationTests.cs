using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// "Why not the China Post small packet?" after a logistics result, about a channel the parcel rules out, says why it
/// is ruled out: it explained the first two channels instead (for a 3 kg parcel). A channel is named by its name
/// without its bracketed aside ("中国邮政平常小包") and by its aliases ("挂号小包") too.
/// </summary>
public sealed class RuledOutChannelExplanationTests
{
    [Fact]
    public async Task A_ruled_out_channel_asked_about_by_its_common_name_gets_its_reason()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("发一个3公斤的瑜伽垫到新西兰，货值30美元，要最便宜的，要追踪，不退货，没有电池");
        var result = await user.SayAsync("不知道");
        Assert.Contains("不适合本包裹的渠道", result.Text);

        var why = await user.SayAsync("为什么不推荐中国邮政平常小包？");

        Assert.Contains("中国邮政平常小包", why.Text);
        Assert.Contains("不适合这个包裹", why.Text);
    }

    [Fact]
    public async Task A_ranked_channel_asked_about_by_an_alias_is_explained_where_it_ranks()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("发一个200克的手机壳到美国，货值10美元，要最便宜的，不用追踪，不退货，没有电池");
        await user.SayAsync("不知道");

        var why = await user.SayAsync("挂号小包排第几？为什么");

        Assert.Contains("中国邮政挂号小包", why.Text);
        Assert.Contains("排第", why.Text);
    }
}
