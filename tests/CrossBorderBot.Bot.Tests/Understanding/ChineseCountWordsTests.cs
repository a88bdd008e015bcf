using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// Chinese count words that are units only in some places: 两 after a numeral is a weight (50 g: "八两上下", "十二两"),
/// but "一两天" is one or two days and "两公斤" two kilograms; 块 after 一/两 and before the thing counted ("一块6公斤的地毯",
/// "两块地毯") counts pieces, while "450块" and "两万块" are yuan.
/// </summary>
public sealed class ChineseCountWordsTests
{
    private readonly QuantityRecognizer _recognizer = new();

    [Theory]
    [InlineData("八两上下", "0.4", "八两")]
    [InlineData("大概十二两", "0.6", "十二两")]
    [InlineData("6两左右", "0.3", "6两")]
    public void Liang_after_a_numeral_is_fifty_grams(string text, string kilograms, string typed)
    {
        var weight = Assert.Single(_recognizer.RecognizeWeights(text, "zh-cn"));

        Assert.Equal(decimal.Parse(kilograms, System.Globalization.CultureInfo.InvariantCulture), weight.Kilograms);
        Assert.Equal(typed, weight.Text);
    }

    [Theory]
    [InlineData("十两左右")]
    [InlineData("大概八两上下")]
    public void Liang_after_a_numeral_is_a_weight_the_recognizer_finds(string text) =>
        Assert.Single(CrossBorderBot.Tests.TestUtilities.RealGuideParts.Recognizer.Value.Understand(text, "zh-CN").Entities.Weights);

    [Theory]
    [InlineData("一两天就能到")]
    [InlineData("要寄两件毛衣")]
    [InlineData("三两个人")]
    public void Liang_as_two_or_a_few_is_no_weight(string text) => Assert.Empty(_recognizer.RecognizeWeights(text, "zh-cn"));

    [Theory]
    [InlineData("我要寄一块6公斤的地毯到德国")]
    [InlineData("两块大理石台面要发去迪拜")]
    [InlineData("一块手表")]
    public void Kuai_counting_a_thing_is_no_money(string text) => Assert.Empty(_recognizer.RecognizeMoney(text, "zh-cn"));

    [Theory]
    [InlineData("三条一共450块", "450")]
    [InlineData("一块钱一个", "1")]
    [InlineData("两万块左右", "20000")]
    public void Kuai_after_an_amount_stays_yuan(string text, string amount)
    {
        var money = Assert.Single(_recognizer.RecognizeMoney(text, "zh-cn"));

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), money.Amount);
        Assert.Equal("CNY", money.Currency);
    }
}
