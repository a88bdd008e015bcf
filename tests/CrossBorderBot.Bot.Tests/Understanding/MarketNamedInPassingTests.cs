using CrossBorderBot.Understanding.Evaluation;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// Markets named the way sellers name them in passing: a marketplace's country site by the country's first characters
/// and 站 ("Shopee马来站", "亚马逊美站"), which left the fix-an-issue guide asking for the market; and lower-case "the us"
/// after "in", "to" or "for" with the sentence going on ("walmart marketplace in the us deactivated our account"), which
/// counted only when it ended a clause.
/// </summary>
[Collection(RecognizerCollection.Name)]
public sealed class MarketNamedInPassingTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("Shopee马来站有个买家投诉收到的货不对", "country=my")]
    [InlineData("我们亚马逊美站的链接被下架了", "country=us")]
    [InlineData("Lazada泰国站的店铺被冻结了", "country=th")]
    [InlineData("速卖通日站销量不错", "country=jp")]
    public void A_marketplace_site_named_by_its_country_is_that_market(string text, string expected) =>
        Assert.Contains(expected, Keys(text));

    [Theory]
    [InlineData("我们在火车站旁边有个仓库")]
    [InlineData("亚马逊网站上怎么开店")]
    public void A_station_or_a_website_is_no_market(string text) =>
        Assert.DoesNotContain(Keys(text), key => key.StartsWith("country=", StringComparison.Ordinal));

    [Theory]
    [InlineData("walmart marketplace in the us deactivated our seller account yesterday", true)]
    [InlineData("we sell to the us mostly through amazon", true)]
    [InlineData("could you send the us team a quote", false)]
    [InlineData("they told us to wait", false)]
    public void The_us_after_in_to_or_for_is_the_united_states(string text, bool unitedStates) =>
        Assert.Equal(unitedStates, Keys(text).Contains("country=us"));

    private IReadOnlySet<string> Keys(string text) => EvaluationSet.Keys(fixture.Recognizer.Recognize(text, locale: null).Entities);
}
