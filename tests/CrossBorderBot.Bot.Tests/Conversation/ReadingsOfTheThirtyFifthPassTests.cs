using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what an opening message is for that the thirty-fifth pass added, each a general rule checked on other
/// wording than UnderstandDev35's and the parts': a market wished for beside the business told asks where to sell there
/// (the platform guide), whatever the goods' words lean to; an order someone in a place has placed is goods to send there
/// (the logistics guide); a business and its goods told, and nothing else, is a seller looking for where to sell. The
/// controls keep what the same words say beside a question about rules, a parcel, a problem or a shipping topic.
/// </summary>
public sealed class ReadingsOfTheThirtyFifthPassTests
{
    private static readonly ConversationPlace Menu = new(ConversationPlaceKind.Menu);

    [Theory]
    [InlineData("ningbo kitchenware factory, stainless pots and pans, hoping to start selling in brazil")]
    [InlineData("we knit wool hats in inner mongolia and would like to sell in canada")]
    [InlineData("small ebike parts maker here, targeting poland and hungary")]
    [InlineData("we want retailers in chile and peru as customers for our umbrellas")]
    [InlineData("温州打火机厂，想打墨西哥")]
    [InlineData("义乌做圣诞饰品的，打算卖到澳大利亚和新西兰")]
    [InlineData("我们做瑜伽服，目标是德国")]
    public void A_business_with_a_market_wished_for_starts_the_platform_guide(string text)
    {
        var message = Recognize(text);
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(Menu, message));
        Assert.Equal(IntentNames.ChoosePlatform, MessageArbiter.TaskIntent(Menu, message));
    }

    [Theory]
    [InlineData("a boutique in melbourne just ordered 25 silk pillowcases from us")]
    [InlineData("got our first order from a buyer in oslo, 3 lamps")]
    [InlineData("a distributor in lima asked us for 200 phone stands")]
    [InlineData("我在抖音卖茶具，伦敦有个客人刚下单买了一套")]
    [InlineData("首尔的一家店订了二十个香薰蜡烛")]
    public void An_order_placed_in_a_place_starts_the_logistics_guide(string text)
    {
        var message = Recognize(text);
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(Menu, message));
        Assert.Equal(IntentNames.ChooseLogistics, MessageArbiter.TaskIntent(Menu, message));
    }

    [Theory]
    [InlineData("dongyang workshop, wooden toys and puzzles")]
    [InlineData("we make silicone baby bibs and teethers")]
    [InlineData("揭阳五金厂，主要做门锁和合页")]
    public void A_business_and_its_goods_told_alone_starts_the_platform_guide(string text)
    {
        var message = Recognize(text);
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(Menu, message));
        Assert.Equal(IntentNames.ChoosePlatform, MessageArbiter.TaskIntent(Menu, message));
    }

    [Theory]
    [InlineData("we want to sell cosmetics in korea, what certificates do we need?")]
    [InlineData("want to sell in japan, how do we ship 2 kg there?")]
    [InlineData("想卖到美国，需要办什么认证")]
    public void A_wish_beside_rules_or_a_shipping_question_is_no_market_wished_for(string text) =>
        Assert.False(GuideRequests.WantsAMarket(Recognize(text)));

    [Theory]
    [InlineData("a buyer in france ordered but the parcel is stuck at customs")]
    [InlineData("德国客户下单三周了还没收到货")]
    public void An_order_beside_trouble_is_no_order_to_send(string text) =>
        Assert.Null(GuideRequests.StatedOrder(Recognize(text)));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
