using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Places people name without a country's name: a city typed by its initials in capitals ("SF", "KL", "LA") is its
/// country when the initials fit one country only; a marketplace's country site in English ("etsy uk", "amazon.de")
/// names the problem's market; and at fix-an-issue's market question a state in a sentence ("most of my buyers are in
/// ohio", "买家大多在俄亥俄") is its country. "amazon in germany" is Germany, not India.
/// </summary>
public sealed class PlacesByInitialsAndSitesTests
{
    [Theory]
    [InlineData("en-US", "what's the best way to get 2 kg of sneakers to a client in SF?", "United States")]
    [InlineData("en-US", "ship 2 kg of mugs to LA", "United States")]
    [InlineData("zh-CN", "两公斤的陶瓷杯要寄到KL", "马来西亚")]
    public async Task A_city_by_its_initials_is_its_country(string locale, string request, string country)
    {
        using var user = new GuideSession(locale);

        var turn = await user.SayAsync(request);

        Assert.Contains(country, turn.Text);
        Assert.DoesNotMatch("Where does the parcel go|包裹寄往哪里", turn.Text);
    }

    [Theory]
    [InlineData("etsy uk closed my shop overnight, says i broke a policy", "United Kingdom")]
    [InlineData("amazon.de took down our bike lights listing, they want a CE declaration", "Germany")]
    public async Task A_marketplace_country_site_names_the_problems_market(string report, string market)
    {
        using var user = new GuideSession();

        var turn = await user.SayAsync(report);

        Assert.Contains(market, turn.Text);
        Assert.DoesNotContain("Which market is it about", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "a customer says their parcel never showed up", "most of my buyers are in ohio")]
    [InlineData("zh-CN", "我的产品被平台下架了，说有安全投诉", "买家大多在俄亥俄")]
    public async Task A_state_in_a_sentence_answers_the_issue_market_question(string locale, string report, string reply)
    {
        using var user = new GuideSession(locale);
        Assert.Matches("Which market is it about|是哪个市场的问题", (await user.SayAsync(report)).Text);

        var turn = await user.SayAsync(reply);

        Assert.Matches("Best match:|最匹配：", turn.Text);
    }

    [Fact]
    public async Task A_word_after_a_marketplace_that_is_also_a_country_code_is_no_site()
    {
        using var user = new GuideSession();

        var turn = await user.SayAsync("we sell on amazon in germany, which platform else?");

        Assert.Contains("Germany", turn.Text);
        Assert.DoesNotContain("India", turn.Text);
    }
}
