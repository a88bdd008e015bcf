using System.Globalization;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// A weight given for one piece with the number of pieces in the parcel is the parcel's weight ("每个300克，一箱50个" is
/// 15 kg, not 0.3 kg: the lead's finding); a weight with no per-piece words, or no count, or beside another weight, stays
/// as given.
/// </summary>
public sealed class PieceWeightsTests
{
    private readonly QuantityRecognizer _recognizer = new();

    [Theory]
    [InlineData("每个300克，一箱50个", "zh-cn", "15")]
    [InlineData("每件200克，一共30件", "zh-cn", "6")]
    [InlineData("单个重150克，整箱装六十个", "zh-cn", "9")]
    [InlineData("each one is 400 g, 25 in the carton", "en-us", "10")]
    [InlineData("80 g apiece, 50 pcs", "en-us", "4")]
    [InlineData("per piece 0.5 kg, carton of 12", "en-us", "6")]
    public void A_piece_weight_with_a_count_is_the_parcels_weight(string text, string culture, string kilograms)
    {
        var weight = Assert.Single(_recognizer.RecognizeWeights(text, culture));

        Assert.Equal(decimal.Parse(kilograms, CultureInfo.InvariantCulture), weight.Kilograms);
    }

    [Theory]
    [InlineData("一箱50个，重15公斤", "zh-cn", "15")]
    [InlineData("每个300克", "zh-cn", "0.3")]
    [InlineData("the box weighs 2 kg and holds 40 pcs", "en-us", "2")]
    [InlineData("each parcel is 3 kg, we have 4 customers", "en-us", "3")]
    public void A_weight_that_is_not_one_pieces_or_has_no_count_stays_as_given(string text, string culture, string kilograms)
    {
        var weight = Assert.Single(_recognizer.RecognizeWeights(text, culture));

        Assert.Equal(decimal.Parse(kilograms, CultureInfo.InvariantCulture), weight.Kilograms);
    }

    [Fact]
    public void A_piece_weight_beside_the_total_keeps_both_as_given()
    {
        var weights = _recognizer.RecognizeWeights("每个300克，一箱50个，总共15公斤", "zh-cn");

        Assert.Equal([0.3m, 15m], weights.Select(w => w.Kilograms));
    }
}
