using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The goods a seller names in an opening are kept in the seller's words and said back, whether or not the category list
/// has a name for them ("foam rollers and jump ropes", "宠物牵引绳和猫砂盆", "手工风筝", "猫爬架"): the noted line says the
/// seller's words (with the category they were matched to, when there is one), and what is sold is not asked again.
/// </summary>
public sealed class ProductsKeptAsSaidTests
{
    [Theory]
    [InlineData("en-US", "we sell foam rollers and jump ropes, which marketplace fits?", "foam rollers and jump ropes")]
    [InlineData("en-US", "we sell both bluetooth speakers and phone cases, looking for the right platform", "bluetooth speakers and phone cases")]
    [InlineData("en-US", "we make beeswax wraps and bamboo toothbrushes, which marketplace should we use?", "beeswax wraps and bamboo toothbrushes")]
    [InlineData("zh-CN", "我们同时卖宠物牵引绳和猫砂盆，想选个平台", "宠物牵引绳和猫砂盆")]
    [InlineData("zh-CN", "我们做手工风筝，想卖到欧洲，在哪个平台开店合适", "手工风筝")]
    [InlineData("zh-CN", "我们做猫爬架，想卖给美国的养猫家庭，在哪个平台开店好", "猫爬架")]
    public async Task Goods_named_in_an_opening_are_said_back_as_said_and_not_asked_again(string locale, string opening, string goods)
    {
        using var user = new GuideSession(locale);

        var turn = await user.SayAsync(opening);

        Assert.Contains(goods, turn.Text);
        Assert.DoesNotMatch("What do you sell\\?|您卖什么产品", turn.Text);
    }
}
