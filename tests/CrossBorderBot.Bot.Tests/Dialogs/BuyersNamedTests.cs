using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The customer said by who the buyers are rather than by "B2B" / "B2C": businesses (cafes, hotel chains, shops,
/// 超市, 酒店) or people (parents, pet owners, 散客, 宝妈). At the customer question the buyers named in the reply decide
/// the side; elsewhere only buyers named after a word of selling or aiming ("sell straight to", "卖给", "面向",
/// "our buyers are"), so "my parents run the factory" names no customer.
/// </summary>
public sealed class BuyersNamedTests
{
    private static readonly BuyerWords Buyers = SlotVocabulary.Default.Buyers;

    [Theory]
    [InlineData("our buyers are cafes and hotel chains that order by the carton", "B2B")]
    [InlineData("客户主要是咖啡店和连锁酒店，整箱采购", "B2B")]
    [InlineData("mostly gyms and yoga studios", "B2B")]
    [InlineData("主要供货给超市", "B2B")]
    [InlineData("we sell straight to new parents", "B2C")]
    [InlineData("主要卖给喜欢书法的个人", "B2C")]
    [InlineData("散客为主", "B2C")]
    [InlineData("卖给养宠物的个人", "B2C")]
    [InlineData("主要面向消费者", "B2C")]
    [InlineData("mostly regular shoppers, not shops", "B2C")]
    [InlineData("宝妈居多", "B2C")]
    public void At_the_customer_question_the_buyers_named_decide_the_side(string reply, string side) =>
        Assert.Equal(side, Buyers.SideOf(reply, atItsQuestion: true));

    [Theory]
    [InlineData("where should i sell kids rain boots in japan? selling to parents directly", "B2C")]
    [InlineData("想在美国卖宠物饮水机，卖给养宠物的个人", "B2C")]
    [InlineData("we supply hotels and restaurants with linen, which platform?", "B2B")]
    public void Elsewhere_buyers_named_after_a_word_of_selling_decide_the_side(string message, string side) =>
        Assert.Equal(side, Buyers.SideOf(message, atItsQuestion: false));

    [Theory]
    [InlineData("my parents run the factory, we make mugs")]
    [InlineData("the hotel we stayed at had these lamps")]
    public void Buyers_named_without_a_word_of_selling_decide_nothing_elsewhere(string message) =>
        Assert.Null(Buyers.SideOf(message, atItsQuestion: false));

    [Theory]
    [InlineData("shops and parents alike")]
    [InlineData("这个我得问问老板")]
    [InlineData("let me ask the company first")]
    public void Both_sides_or_the_sellers_own_side_decide_nothing_at_the_question(string reply) =>
        Assert.Null(Buyers.SideOf(reply, atItsQuestion: true));

    [Theory]
    [InlineData("to C", "B2C")]
    [InlineData("to b", "B2B")]
    [InlineData("direct to buyers", "B2C")]
    public void To_b_to_c_and_direct_to_buyers_are_the_sides(string reply, string side) =>
        Assert.Equal(side, SlotVocabulary.Default.ReadAnswer("model", reply)?.Value);
}
