using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the twentieth pass's dev material missed, each a general rule rather than a
/// phrase: a closing carries a few words that say nothing beside its thanks or goodbye, and a Latin word ends where a
/// Chinese one begins; a party's harmful act on the seller's own things, and goods sent back in numbers, tell trouble;
/// another speed asked for with the other measure accepted (paying more, waiting longer) is a speed wish either way;
/// "earlier" after a verb of arriving points back to nothing; one question at a time asked as the questions taken
/// separately or the form not wanted; a detour put off with "later" or "先搁着"; cancel followed only by a put-off; "怎么没"
/// asks why not.
/// </summary>
public sealed class ReadingsOfTheTwentiethPassTests
{
    [Theory]
    [InlineData("ok good enough, thanks!")]
    [InlineData("ok thank you, that helps")]
    [InlineData("thanks, much obliged")]
    [InlineData("cheers mate, sorted")]
    [InlineData("多谢指点")]
    [InlineData("收到收到，多谢解答")]
    [InlineData("thx啦")]
    public void Thanks_with_a_few_words_that_say_nothing_are_thanks(string text) =>
        Assert.Equal(Interruption.Thanks, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("gonna stop here for now, thanks")]
    [InlineData("cheers, nothing else from me")]
    [InlineData("alright, I'll leave it there today")]
    [InlineData("ok拜拜")]
    [InlineData("好的，那拜拜")]
    [InlineData("行，我晚点再来找你")]
    [InlineData("ok gotta run, thanks for the help")]
    [InlineData("行吧，我先去忙了，拜")]
    public void A_goodbye_with_a_few_words_that_say_nothing_is_a_goodbye(string text) =>
        Assert.Equal(Interruption.Goodbye, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("thanks, 2 kg")]
    [InlineData("ok thanks, standard")]
    [InlineData("no thanks, not yet")]
    [InlineData("thanks, but which one is cheaper")]
    [InlineData("谢谢，不过要寄德国")]
    [InlineData("thanks, what about spain?")]
    [InlineData("谢谢，我们还想问问别的事情怎么弄")]
    [InlineData("only ceramic, nothing else inside")]
    [InlineData("只有陶瓷，没别的了")]
    public void Words_beside_a_closing_that_say_something_keep_it_a_message(string text) =>
        Assert.Equal(Interruption.None, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("etsy removed 4 of my listings because a us company says i used their brand name")]
    [InlineData("walmart took down three of our product pages")]
    [InlineData("on zalando almost half our sneakers come back")]
    [InlineData("about 40% of our dresses get sent back by buyers")]
    [InlineData("速卖通删了我们五个商品")]
    [InlineData("这个月Shopee的退货多得离谱")]
    [InlineData("一半多的订单都退了")]
    public void A_harmful_act_on_our_things_or_goods_sent_back_in_numbers_tell_trouble(string text) =>
        Assert.True(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("we removed the batteries from our listings")]
    [InlineData("returns accepted for 14 days")]
    [InlineData("buyers may send it back within 30 days")]
    [InlineData("坏了的可以退")]
    public void Returns_allowed_or_our_own_changes_tell_none(string text) => Assert.False(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("could it get there sooner? we can spend a little extra")]
    [InlineData("we could pay extra if it lands earlier, any option like that?")]
    [InlineData("能不能换个早点到的，多花点钱无所谓")]
    [InlineData("想让它早几天到，运费高点可以")]
    public void Sooner_with_the_cost_accepted_asks_for_faster(string text)
    {
        Assert.True(SpeedWish.AsksForFaster(text));
        Assert.False(SpeedWish.AsksForSlower(text));
    }

    [Theory]
    [InlineData("can we go slower and save on postage?")]
    [InlineData("if we can wait longer is there something cheaper?")]
    [InlineData("有没有省钱一点的走法，晚几天到也没事")]
    [InlineData("运费能再省点吗？多等几天没关系")]
    public void Cheaper_with_the_wait_accepted_asks_for_slower(string text)
    {
        Assert.True(SpeedWish.AsksForSlower(text));
        Assert.False(SpeedWish.AsksForFaster(text));
    }

    [Theory]
    [InlineData("would express be much cheaper?")]
    [InlineData("how much does the fast one cost?")]
    [InlineData("会不会便宜很多")]
    public void A_comparison_asks_for_no_speed(string text) => Assert.False(SpeedWish.AsksForAnotherSpeed(text));

    [Theory]
    [InlineData("we could pay extra if it lands earlier, any option like that?")]
    [InlineData("is there an option that gets there earlier?")]
    public void Earlier_after_a_verb_of_arriving_is_no_plan_recall(string text) => Assert.False(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("what was the option you gave me earlier?")]
    [InlineData("show me the plan from earlier")]
    public void Earlier_pointing_back_is_still_plan_recall(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("could you ask me each question on its own rather than this form?")]
    [InlineData("i'd rather answer them separately, not in a big form")]
    [InlineData("表格填起来太麻烦，你挨个问我行不行？")]
    [InlineData("这个表太长了，能分开问吗")]
    public void The_questions_taken_separately_or_the_form_not_wanted_ask_for_one_at_a_time(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    [Theory]
    [InlineData("we ship each order separately")]
    [InlineData("the form asks for our vat number")]
    public void Separate_things_or_the_form_named_ask_nothing_of_the_questions(string text) => Assert.False(GoAheadCues.AsksToGoOn(text));

    [Theory]
    [InlineData("later, let's finish the parcel first", IntentNames.ChooseLogistics)]
    [InlineData("not now, let's wrap up the shipping first", IntentNames.ChooseLogistics)]
    [InlineData("平台的事先搁着，评估做完再说", IntentNames.StartReadiness)]
    public void A_detour_put_off_goes_back_to_the_guide_named(string text, string intent) => Assert.Equal(intent, GoingBackToAGuide.Target(text));

    [Theory]
    [InlineData("cancel, let's do this another day")]
    [InlineData("cancel that, we'll come back to it another time")]
    [InlineData("取消吧，改天再弄")]
    public void Cancel_then_a_put_off_cancels(string text) => Assert.Equal(Interruption.Cancel, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("cancel that, it's 3 kg")]
    [InlineData("取消吧，改成发德国")]
    public void Cancel_then_an_answer_is_no_cancel(string text) => Assert.NotEqual(Interruption.Cancel, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("怎么没有沃尔玛？")]
    [InlineData("怎么没推荐Zalando？")]
    [InlineData("咋不选亚马逊")]
    public void How_come_no_option_asks_why(string text) => Assert.True(MessageCues.IsWhy(text));

    [Theory]
    [InlineData("the buyer wants tracking")]
    [InlineData("our customer would like updates by email")]
    [InlineData("客户想要物流单号")]
    public void A_buyers_wish_for_a_service_is_a_wish(string text) => Assert.True(MessageCues.StatesABuyersWish(text));

    [Theory]
    [InlineData("the buyer wants a refund")]
    [InlineData("the customer wants his money back")]
    [InlineData("客户要求全额退款")]
    public void A_buyers_demand_of_money_back_is_no_wish(string text) => Assert.False(MessageCues.StatesABuyersWish(text));

    [Theory]
    [InlineData("listing titles rewritten without the brand name")]
    [InlineData("product photos reshot against a white background")]
    [InlineData("return reasons analysed by size")]
    public void A_task_noted_off_with_a_verb_of_redoing_tells_it_done(string text) => Assert.True(GoAheadCues.ReportsItDone(text));
}
