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
}
