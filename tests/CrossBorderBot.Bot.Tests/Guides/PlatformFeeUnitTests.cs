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
}
