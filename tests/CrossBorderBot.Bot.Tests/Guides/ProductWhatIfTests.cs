using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A what-if after the logistics result that names another product changes the parcel's category (and with it the
/// duty and what the parcel holds), said as a change; one that names only what the parcel holds changes that alone.
/// </summary>
public sealed class ProductWhatIfTests
{
    private const string Opening = "ship 1 kg of jeans to france, value 35 usd, 30x25x6 cm, standard, tracked, no returns, no batteries";
    private const string ChineseOpening = "寄1公斤牛仔裤到法国，货值35美元，30x25x6厘米，标准时效，要跟踪，不退货，没有电池";

    [Fact]
    public async Task Another_product_instead_changes_the_category_and_what_it_holds()
    {
        using var user = new GuideSession();
        Assert.Contains("Category: Apparel", (await user.SayAsync(Opening)).Text);

        var perfume = await user.SayAsync("what if we sent perfume instead?");
        Assert.Contains("Logistics channels:", perfume.Text);
        Assert.Contains("Category: Beauty and personal care", perfume.Text);
        Assert.Contains("Batteries / liquids: Liquids", perfume.Text);
        Assert.Matches("(?i)apparel → beauty and personal care", perfume.Text);

        var shoes = await user.SayAsync("what if it's shoes?");
        Assert.Contains("Category: Shoes", shoes.Text);
        Assert.Contains("Batteries / liquids: Neither", shoes.Text);
    }

    [Fact]
    public async Task Another_product_in_chinese_changes_the_category()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync(ChineseOpening);
        var powerBanks = await user.SayAsync("如果换成充电宝呢");
        Assert.Contains("物流渠道：", powerBanks.Text);
        Assert.Matches("品类: [^\n]*电池", powerBanks.Text);
        Assert.DoesNotContain("品类: 服装", powerBanks.Text);
    }

    [Fact]
    public async Task What_the_parcel_holds_changes_only_that()
    {
        using var user = new GuideSession();
        await user.SayAsync(Opening);
        var battery = await user.SayAsync("what if it has a battery?");
        Assert.Contains("Category: Apparel", battery.Text);
        Assert.Contains("Batteries / liquids: Batteries", battery.Text);
    }
}
