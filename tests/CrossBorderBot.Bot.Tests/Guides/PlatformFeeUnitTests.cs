using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>A fixed fee charged per item sold reads "per item sold", not "per order" (Amazon US Individual plan:
/// USD 0.99 for each unit, so an order of two units pays it twice).</summary>
public sealed class PlatformFeeUnitTests
{
    [Fact]
    public async Task Compared_fees_name_the_per_item_unit_in_English()
    {
        using var user = new GuideSession();
        await user.SayAsync("which platform for selling home goods in the US");
        await user.ClickAsync("B2C — consumers");
        await user.SayAsync("$2000");
        await user.ClickAsync("None yet");
        await user.SayAsync("no");

        var compared = await user.SayAsync("compare Amazon and eBay");

        Assert.Contains("0.99 USD/item sold", compared.Text);
        Assert.DoesNotContain("0.99 USD/order", compared.Text);
    }

    [Fact]
    public async Task Compared_fees_name_the_per_item_unit_in_Chinese()
    {
        using var user = new GuideSession(locale: "zh-CN");
        await user.SayAsync("我想在美国卖家居用品，选哪个平台");
        await user.SayAsync("2");
        await user.SayAsync("3000美元");
        await user.SayAsync("1");
        await user.SayAsync("没有");

        var compared = await user.SayAsync("对比亚马逊和Temu");

        Assert.Contains("0.99 USD/售出件", compared.Text);
    }
}
