using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A refund without the goods coming back is how many small sellers handle returns: said at the returns question or
/// anywhere in a message, it means no returns handling is needed.
/// </summary>
public sealed class ReturnlessRefundTests
{
    [Theory]
    [InlineData("退货的话一般不要了，直接退款")]
    [InlineData("仅退款就行")]
    [InlineData("we just refund, the buyer keeps the item")]
    [InlineData("refund only, no need to send it back")]
    public void A_refund_without_the_goods_back_is_no_returns_at_the_question(string text) =>
        Assert.Equal("no", SlotVocabulary.Default.ReadAnswer("returns", text)?.Value);

    [Fact]
    public void A_refund_without_the_goods_back_is_no_returns_anywhere() =>
        Assert.Equal("no", SlotVocabulary.Default.ReadAnywhere("returns", "2 kg to germany, tracked, customers keep the goods if unhappy")?.Value);
}
