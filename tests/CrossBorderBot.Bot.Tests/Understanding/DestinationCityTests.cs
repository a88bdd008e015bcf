using CrossBorderBot.Understanding.Evaluation;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// A seller names the destination city or region, not the country ("shipping to oslo", "发到卑尔根"): the cities of every
/// market the knowledge base holds are aliases of their country in geography.yaml, so the recognizer reads the market.
/// </summary>
[Collection(RecognizerCollection.Name)]
public sealed class DestinationCityTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("shipping to oslo next month", "country=no")]
    [InlineData("发货到卑尔根要多久", "country=no")]
    [InlineData("parcels to Tauranga", "country=nz")]
    [InlineData("寄到基督城的小包", "country=nz")]
    [InlineData("we ship to Lausanne", "country=ch")]
    [InlineData("send a pallet to Halifax", "country=ca")]
    [InlineData("发到费城的货", "country=us")]
    [InlineData("寄到巴厘岛", "country=id")]
    [InlineData("customers in Pune", "country=in")]
    public void A_destination_city_is_read_as_its_country(string text, string expected) =>
        Assert.Contains(expected, EvaluationSet.Keys(fixture.Recognizer.Recognize(text, locale: null).Entities));
}
