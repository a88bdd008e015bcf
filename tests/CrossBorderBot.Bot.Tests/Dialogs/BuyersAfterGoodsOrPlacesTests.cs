using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The customer said by who the buyers are with the goods or a place between the word of selling and the buyers ("卖美国和
/// 加拿大的个人用户", "卖厨房收纳用品给德国的家庭", "sell leather belts to everyday shoppers in the uk"), and buyers in
/// everyday words at the customer question ("regular ppl", "normal folks", "养猫人群").
/// </summary>
public sealed class BuyersAfterGoodsOrPlacesTests
{
    private static readonly BuyerWords Buyers = SlotVocabulary.Default.Buyers;

    [Theory]
    [InlineData("想给户外帐篷找个平台，卖美国和加拿大的个人用户", "B2C")]
    [InlineData("帮我推荐平台，卖厨房收纳用品给德国的家庭", "B2C")]
    [InlineData("想把宠物饮水机卖给欧洲的养猫人群，选哪个平台", "B2C")]
    [InlineData("which platform should i use to sell leather belts to everyday shoppers in the uk", "B2C")]
    [InlineData("我们有一批不锈钢保温杯，想卖给中东的小超市，哪个平台合适", "B2B")]
    public void Buyers_after_the_goods_or_a_place_decide_the_side(string message, string side) =>
        Assert.Equal(side, Buyers.SideOf(message, atItsQuestion: false));

    [Theory]
    [InlineData("to regular ppl", "B2C")]
    [InlineData("mostly normal folks buying one or two", "B2C")]
    [InlineData("卖给外国游客和普通人", "B2C")]
    public void Buyers_in_everyday_words_at_the_customer_question(string reply, string side) =>
        Assert.Equal(side, Buyers.SideOf(reply, atItsQuestion: true));

    [Theory]
    [InlineData("we sell on amazon and ship from our warehouse, which platform?")]
    [InlineData("卖到美国，发货要快")]
    public void A_word_of_selling_without_buyers_decides_nothing(string message) =>
        Assert.Null(Buyers.SideOf(message, atItsQuestion: false));
}
