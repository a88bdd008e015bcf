using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "How do we get started with cross-border ecommerce?" is a new seller's first question: the readiness check answers
/// it. It got the 9710 export-mode rule, and "我们是做灯具的工厂，想做跨境电商，从哪里开始" got "I don't know".
/// </summary>
public sealed class WhereToBeginTests
{
    [Theory]
    [InlineData("how do we get started with cross-border ecommerce?")]
    [InlineData("we make ceramic mugs and want to start selling to france, where do we begin?")]
    [InlineData("what are the first steps for exporting online?")]
    [InlineData("我们是做灯具的工厂，想做跨境电商，从哪里开始")]
    [InlineData("传统外贸工厂想转跨境，应该怎么入手？")]
    public void Asking_how_to_start_selling_abroad_is_where_to_begin(string text) => Assert.True(MessageCues.AsksWhereToBegin(text));

    [Theory]
    [InlineData("how do I start a return for a customer in Germany?")]
    [InlineData("where do we begin the FBA inbound shipment in the seller central app?")]
    [InlineData("怎么开始用你")]
    [InlineData("退货从哪里开始处理")]
    [InlineData("how do we get started")]
    public void Starting_something_else_is_not(string text) => Assert.False(MessageCues.AsksWhereToBegin(text));

    [Theory]
    [InlineData("en-US", "how do we get started with cross-border ecommerce?")]
    [InlineData("zh-CN", "我们是做灯具的工厂，想做跨境电商，从哪里开始")]
    public async Task The_readiness_check_starts(string locale, string text)
    {
        using var user = new GuideSession(locale);
        var turn = await user.SayAsync(text);

        Assert.Contains(locale == "zh-CN" ? "准备度" : "how ready your company is", turn.Text);
    }
}
