using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

public sealed class SellerStatementTests
{
    [Theory]
    [InlineData("hi, we produce ceramic mugs and want to start selling to france, where do we begin?")]
    [InlineData("We're planning to export LED lamps to Brazil - what do we need?")]
    [InlineData("our products are yoga mats, can they go to japan?")]
    [InlineData("i sell phone cases, which market is easiest?")]
    [InlineData("我们做女装，想卖到日本，怎么开始？")]
    [InlineData("我司主要生产蓝牙耳机，出口美国要注意什么")]
    [InlineData("我打算把杯子卖到德国，需要什么认证？")]
    public void A_message_telling_the_seller_s_business_describes_it(string text) => Assert.True(SellerStatement.Describes(text));

    [Theory]
    [InlineData("what is the standard VAT rate in France?")]
    [InlineData("I want to know the de minimis in Japan")]
    [InlineData("does the UK charge VAT on small parcels?")]
    [InlineData("我想知道法国的增值税是多少")]
    [InlineData("我想问一下日本的免税额")]
    [InlineData("德国的包装法是什么")]
    public void A_question_about_the_world_does_not(string text) => Assert.False(SellerStatement.Describes(text));
}
