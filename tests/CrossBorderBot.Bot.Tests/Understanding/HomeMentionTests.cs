using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;
using static CrossBorderBot.Tests.Guides.GuideExchange;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>Where the seller is (brand registered, company based, goods made or shipped from) is not a market.</summary>
public sealed class HomeMentionTests
{
    [Theory]
    [InlineData("we have a registered brand in china only", "china")]
    [InlineData("our factory is in Vietnam, we want to sell in Japan", "Vietnam")]
    [InlineData("trademark registered in China last year", "China")]
    [InlineData("我们在中国注册了商标", "中国")]
    [InlineData("工厂在越南，想卖日本", "越南")]
    [InlineData("we ship from china", "china")]
    [InlineData("我们是荷兰的公司，想卖到德国", "荷兰")]
    public void A_place_said_as_the_seller_s_own_is_home(string text, string place) =>
        Assert.True(HomeMention.OnlyHome(text, place));

    [Theory]
    [InlineData("we want to sell in China", "China")]
    [InlineData("customers from Germany mostly", "Germany")]
    [InlineData("made in china, selling to the uk", "uk")]
    [InlineData("想在日本卖", "日本")]
    [InlineData("our brand is registered in China and we sell in China too", "China")]
    [InlineData("做批发，卖灯具给法国和荷兰的公司", "荷兰")]
    [InlineData("样品寄到西班牙的公司", "西班牙")]
    public void A_market_stays_a_market(string text, string place) =>
        Assert.False(HomeMention.OnlyHome(text, place));

    [Fact]
    public async Task The_platform_guide_keeps_its_market_when_the_brand_s_home_is_named()
    {
        using var user = new GuideSession();
        var result = await PlayAsync(user,
            Say("which platform should we use to sell led desk lamps in the US?"),
            Say("we sell to consumers, maybe 3k usd per month for ads, zero experience abroad, we have a registered brand in china only"));

        Assert.DoesNotContain("Changed: United States", result.Text);
        Assert.DoesNotContain("Sells to China", result.Text);
    }
}
