using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("我想把鞋卖到德国", "zh-CN")]
    [InlineData("发DHL到US要多久", "zh-CN")]
    [InlineData("Shopee还是Lazada", "zh-CN")]
    [InlineData("which platform should I use", "en")]
    [InlineData("ship 2kg to 德国 please, as cheap as possible", "en")]
    [InlineData("", "en")]
    [InlineData("12345", "en")]
    public void Detects_chinese_by_the_share_of_han_characters(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }
}
