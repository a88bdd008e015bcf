using CrossBorderBot.Conversation;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// How ready the company is, asked in other words than "ready" or "assess us": whether it is "in a position to" sell
/// abroad, a bare "pls assess" ending the message, whether it "has the conditions" ("有没有条件") to take overseas orders.
/// "is our small garment factory in a position to start exporting online? pls assess" was read as a question.
/// </summary>
public sealed class ReadinessAskedInOtherWordsTests
{
    [Theory]
    [InlineData("is our small garment factory in a position to start exporting online? pls assess")]
    [InlineData("would a three-person workshop like ours be in a position to sell abroad?")]
    [InlineData("we make bamboo furniture and want to sell overseas, please evaluate")]
    [InlineData("我们这个家庭作坊有没有条件接海外订单，帮忙判断一下")]
    [InlineData("我们厂有条件做跨境吗")]
    public void Asking_whether_the_company_can_is_a_readiness_ask(string text) => Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("is the buyer in a position to pay the duty?")]
    [InlineData("please assess the customs value of this parcel")]
    [InlineData("有没有条件限制，比如重量")]
    public void A_position_or_condition_of_something_else_is_not(string text) => Assert.False(MessageCues.AsksHowReady(text));
}
