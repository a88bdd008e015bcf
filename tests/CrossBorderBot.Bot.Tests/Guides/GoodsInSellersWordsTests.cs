using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Goods named the way sellers name them (not by a category's title) place the request in its category, so the
/// platform guide does not ask "What do you sell?" of a seller who just said it.
/// </summary>
public sealed class GoodsInSellersWordsTests
{
    [Theory]
    [InlineData("we sell christmas decorations, which marketplace should we try for the UK?", "Home and garden")]
    [InlineData("we make bamboo cutting boards and silicone baking mats, which platform for germany?", "Kitchen and dining")]
    [InlineData("我们做圣诞装饰的，想卖英国，选哪个平台好", "家居园艺")]
    [InlineData("工厂主要做空气炸锅，想上跨境平台卖到美国", "厨房餐饮用品")]
    public async Task The_goods_named_give_the_category(string opening, string category)
    {
        using var user = new GuideSession();

        var turn = await user.SayAsync(opening);

        Assert.Contains(category, turn.Text);
    }
}
