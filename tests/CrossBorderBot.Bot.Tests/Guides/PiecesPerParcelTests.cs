using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;
using static CrossBorderBot.Tests.Guides.GuideExchange;

namespace CrossBorderBot.Tests.Guides;

/// <summary>A price per piece with the pieces one parcel holds is the parcel's value; a price alone is the value as said.</summary>
public sealed class PiecesPerParcelTests
{
    [Theory]
    [InlineData("一个杯子卖15欧，一箱4个", "15欧", 15, 60)]
    [InlineData("每件8美元，每箱装12件", "8美元", 8, 96)]
    [InlineData("15 eur each, 4 per box", "15 eur", 15, 60)]
    [InlineData("$8/pc, 12 pcs in a parcel", "$8", 8, 96)]
    [InlineData("they go for 20 usd apiece, carton of 6", "20 usd", 20, 120)]
    public void A_price_per_piece_times_the_pieces_in_a_parcel(string text, string moneyText, decimal amount, decimal expected) =>
        Assert.Equal(expected, PiecesPerParcel.ParcelValue(text, new MoneyEntity(amount, "EUR", moneyText)));

    [Theory]
    [InlineData("货值150块", "150块", 150)]
    [InlineData("about 60 eur per parcel", "60 eur", 60)]
    [InlineData("15 eur each", "15 eur", 15)]
    [InlineData("we sell 4 pieces at 15 eur", "15 eur", 15)]
    [InlineData("一个包裹15欧，一箱4个", "15欧", 15)]
    [InlineData("每件8美元，一箱十二件", "8美元", 8)]
    public void Without_both_a_piece_price_and_a_count_per_parcel_nothing_is_worked_out(string text, string moneyText, decimal amount) =>
        Assert.Null(PiecesPerParcel.ParcelValue(text, new MoneyEntity(amount, "EUR", moneyText)));

    [Fact]
    public async Task The_guide_uses_the_worked_out_value()
    {
        using var user = new GuideSession();
        var result = await PlayAsync(user,
            Say("ship 1.2kg of ceramic mugs to Germany"), Say("30x20x15 cm"), Say("15 eur each, 4 mugs per box"),
            Say("cheapest"), Say("yes"), Say("no"), Say("neither"));

        Assert.Contains("Declared value: 60 EUR", result.Text);
    }
}
