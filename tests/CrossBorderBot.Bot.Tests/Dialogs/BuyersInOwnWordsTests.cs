using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// Buyers said in own words in an opening with several facts, with no word of selling before them: the buyers named as the
/// buyers by words after them ("japanese shoppers as our buyers", "teens in brazil to order from us"), or a general word for
/// buyers made people by a modifier ("everyday buyers", "home users", "普通买家", "一般的网购顾客"), or people who buy for
/// themselves ("买来自己用的人"). A modifier pair that is the subject of what follows ("一般客户都是企业": "usually the
/// customers are businesses") names no consumers.
/// </summary>
public sealed class BuyersInOwnWordsTests
{
    private static readonly BuyerWords Buyers = SlotVocabulary.Default.Buyers;

    [Theory]
    [InlineData("hair clip maker, we'd like japanese shoppers as our buyers, which platform?", "B2C")]
    [InlineData("we want teens in brazil to order from us", "B2C")]
    [InlineData("we hope to get cafes in dubai as customers", "B2B")]
    [InlineData("想让德国的宝妈来买", "B2C")]
    public void Buyers_named_as_the_buyers_by_the_words_after_them_decide_the_side(string message, string side) =>
        Assert.Equal(side, Buyers.SideOf(message, atItsQuestion: false));

    [Theory]
    [InlineData("we want everyday buyers in the us to order from us", "B2C")]
    [InlineData("our customers would be home users in poland", "B2C")]
    [InlineData("selling to regular online shoppers in canada", "B2C")]
    [InlineData("打算卖给意大利、西班牙的一般顾客", "B2C")]
    [InlineData("想找巴西那边普通的网购顾客", "B2C")]
    [InlineData("卖给泰国当地的普通买家", "B2C")]
    [InlineData("目标是澳洲买来自己用的人", "B2C")]
    public void A_general_word_for_buyers_with_a_modifier_of_people_names_consumers(string message, string side) =>
        Assert.Equal(side, Buyers.SideOf(message, atItsQuestion: false));

    [Theory]
    [InlineData("我们一般客户都是企业")]
    [InlineData("regular customers are mostly shops")]
    public void A_modifier_pair_that_is_the_subject_of_what_follows_names_no_consumers(string reply) =>
        Assert.NotEqual("B2C", Buyers.SideOf(reply, atItsQuestion: true));

    [Theory]
    [InlineData("we make mugs, everyday buyers ask about them a lot")]
    [InlineData("一般顾客会问什么问题")]
    public void Buyers_with_no_word_of_selling_before_or_after_them_decide_nothing_in_an_opening(string message) =>
        Assert.Null(Buyers.SideOf(message, atItsQuestion: false));
}
