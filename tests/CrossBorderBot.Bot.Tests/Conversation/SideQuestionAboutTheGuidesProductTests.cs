using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Language;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "what rules apply to these over there?" inside a shipment of cosmetics to the US was completed with the place only
/// and got the US market overview. A question about the goods ("these", "这类产品") is asked about the guide's product.
/// </summary>
public sealed class SideQuestionAboutTheGuidesProductTests
{
    [Theory]
    [InlineData("en-US", "ship 500 g of cosmetics to the us, value 25 usd", "what rules apply to these over there?", "Modernization of Cosmetics")]
    [InlineData("zh-CN", "500克化妆品寄美国，货值25美元", "这类产品在那边有什么规定", "化妆品监管")]
    public async Task The_question_is_answered_for_the_product_and_the_guide_goes_on(string locale, string start, string question, string expected)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(start);
        var turn = await user.SayAsync(question);

        Assert.Contains(expected, turn.Text);
        Assert.Contains(locale == "zh-CN" ? "外箱尺寸" : "outer dimensions", turn.Text);
    }

    [Theory]
    [InlineData("what rules apply to these over there?", "what rules apply to cosmetics over there?")]
    [InlineData("do I need a certificate?", "do I need a certificate for cosmetics?")]
    [InlineData("can we give them a discount?", "can we give them a discount?")]
    [InlineData("这类产品在那边有什么规定", "化妆品在那边有什么规定")]
    [InlineData("需要什么认证", "化妆品需要什么认证")]
    public void Only_a_question_about_rules_is_asked_about_the_product(string question, string asked)
    {
        var language = LanguageDetector.ContainsCjk(question) ? BotLanguage.Chinese : BotLanguage.English;
        var typed = language.IsChinese ? "化妆品" : "cosmetics";

        Assert.Equal(asked, GuideQuestionContext.WithProduct(question, [new GuideProduct("beauty", "Beauty")], _ => typed, language));
    }
}
