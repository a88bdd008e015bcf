using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "what about ceramic mugs instead?" after a result for t-shirts: the bot said the result already assumes it and showed
/// apparel again. A what-if naming other goods changes the product, in either language.
/// </summary>
public sealed class WhatIfOtherGoodsTests
{
    [Theory]
    [InlineData("en-US", "ship 1 kg of t-shirts to germany, value 30 eur", "what about ceramic mugs instead?", "kitchen and dining")]
    [InlineData("zh-CN", "1公斤T恤寄德国，货值30欧", "换成陶瓷杯呢", "厨房")]
    public async Task The_result_is_shown_again_for_the_other_goods(string locale, string start, string whatIf, string category)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(start);
        var chinese = locale == "zh-CN";
        foreach (var reply in chinese ? new[] { "跳过", "标准", "要", "不用", "都没有" } : ["skip", "standard", "yes", "no", "none"])
        {
            await user.SayAsync(reply);
        }

        var turn = await user.SayAsync(whatIf);

        Assert.Contains(category, turn.Text);
        Assert.Contains(chinese ? "物流渠道：" : "Logistics channels:", turn.Text);
        Assert.DoesNotContain(chinese ? "已经是按这一点算的" : "already what this result assumes", turn.Text);
    }

    [Fact]
    public async Task A_what_if_about_a_battery_changes_the_goods_not_the_product()
    {
        using var user = new GuideSession();
        await user.SayAsync("ship 1 kg of t-shirts to germany, value 30 eur");
        foreach (var reply in new[] { "skip", "standard", "yes", "no", "none" })
        {
            await user.SayAsync(reply);
        }

        var turn = await user.SayAsync("what if it has a battery?");

        Assert.Contains("apparel", turn.Text);
        Assert.DoesNotContain("batteries and power", turn.Text);
    }
}
