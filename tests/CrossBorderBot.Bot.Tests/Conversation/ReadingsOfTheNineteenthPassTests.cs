using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the nineteenth pass's dev material missed, each a general rule rather than a
/// phrase: trouble is what makes a problem report (an undecided plan, "not much", a buyer's wish for a service or the
/// seller's own patents tell none; a dispute opened or a refund asked for tells one); goods bound for a recipient are a
/// delivery and buyers to reach are a market; a pause, thanks to a group, going on and leaving a step out in more words;
/// a result named by one option; readiness asked as "what it takes"; going back with the detour put off "for later";
/// how a price was got.
/// </summary>
public sealed class ReadingsOfTheNineteenthPassTests
{
    [Theory]
    [InlineData("退货怎么处理还没定")]
    [InlineData("物流用哪家我们还不清楚")]
    [InlineData("not sure yet how we would handle returns")]
    [InlineData("the buyer wants to see where the parcel is online")]
    [InlineData("our customer would like to track it on the website")]
    public void An_undecided_plan_or_a_wish_tells_no_trouble(string text) => Assert.False(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("包裹被海关扣了，不知道怎么办")]
    [InlineData("customs want the duty paid before they release it")]
    [InlineData("the buyer wants his money back")]
    [InlineData("a shopper in spain opened a dispute on etsy saying the mug is chipped")]
    [InlineData("an amazon customer filed a claim and asks for a full refund")]
    [InlineData("法国买家在速卖通开了纠纷，要全额退款")]
    public void A_dispute_a_demand_or_a_remedy_asked_for_tells_trouble(string text) => Assert.True(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("评价数据不怎么看")]
    [InlineData("广告我们没怎么投")]
    [InlineData("退货怎么弄还没想好")]
    [InlineData("物流用哪家还没定")]
    [InlineData("有几款是我们自己的外观专利")]
    public void A_statement_with_a_question_word_inside_asks_nothing(string text) => Assert.False(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("这个怎么寄？")]
    [InlineData("有几个平台适合我们")]
    [InlineData("退货怎么处理比较好")]
    public void A_real_question_stays_one(string text) => Assert.True(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("we have 3 pallets of garden chairs bound for a retailer in leeds")]
    [InlineData("got a box of candles heading to a client in lyon")]
    [InlineData("i need to move a crate of bike parts to denver, colorado")]
    [InlineData("一批保温杯要送去温哥华的一家门店")]
    public void Goods_bound_for_a_place_or_a_recipient_are_a_delivery(string text) => Assert.True(MessageCues.StatesADelivery(text));

    [Theory]
    [InlineData("we make scented candles and want to reach buyers in italy")]
    [InlineData("hoping to reach more customers in japan with our teapots")]
    public void Buyers_to_reach_are_a_market_not_a_delivery(string text) => Assert.False(MessageCues.StatesADelivery(text));

    [Theory]
    [InlineData("which marketplace makes sense for us")]
    [InlineData("what online marketplace suits our candles")]
    public void Which_marketplace_makes_sense_asks_where_to_sell(string text) => Assert.True(MessageCues.AsksWhereToSell(text));

    [Theory]
    [InlineData("what's the best shipping route for that?")]
    [InlineData("how would we ship these to a customer there")]
    [InlineData("how could i send it to the buyer")]
    public void The_best_route_or_how_one_would_ship_asks_for_a_choice(string text) => Assert.True(MessageCues.AsksForAChoice(text));

    [Theory]
    [InlineData("ok, and how would i ship an order there?")]
    [InlineData("so, and what is the cheapest way?")]
    public void A_question_after_two_lead_words_is_a_question(string text) => Assert.True(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("好的，谢谢你们", ClosingKind.Thanks)]
    [InlineData("行，辛苦你们了", ClosingKind.Thanks)]
    [InlineData("great stuff, thanks guys", ClosingKind.Thanks)]
    [InlineData("thanks everyone", ClosingKind.Thanks)]
    [InlineData("先这样，明天再弄", ClosingKind.Goodbye)]
    [InlineData("今天先这样，回头再看", ClosingKind.Goodbye)]
    public void Thanks_to_a_group_and_a_pause_put_off_close(string text, ClosingKind expected) => Assert.Equal(expected, ClosingWords.Read(text));

    // "麻烦了" thanks for the trouble taken; "遇到麻烦了" tells of trouble met, a problem to fix.
    [Theory]
    [InlineData("遇到麻烦了")]
    [InlineData("碰到麻烦了")]
    public void Trouble_met_is_no_thanks(string text) => Assert.Equal(ClosingKind.None, ClosingWords.Read(text));

    [Theory]
    [InlineData("继续下一步吧")]
    [InlineData("接着往下")]
    [InlineData("let's move on to the following step")]
    [InlineData("move on")]
    public void Going_on_in_more_words_asks_for_the_next_step(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    [Theory]
    [InlineData("这个要多长时间能办好")]
    [InlineData("认证多久能办好")]
    public void How_long_until_something_is_done_tells_nothing_done(string text) => Assert.False(GoAheadCues.ReportsItDone(text));

    [Theory]
    [InlineData("we won't be doing this one")]
    [InlineData("we are not going to do that step")]
    [InlineData("这一步不做了")]
    public void A_step_left_out_in_more_words_skips_it(string text) => Assert.True(GoAheadCues.SkipsTheStep(text));

    [Theory]
    [InlineData("hi, back again - what was that courier option you gave me for lyon?")]
    [InlineData("what was the carrier you suggested last week?")]
    public void A_result_named_by_one_option_is_asked_for(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("do we have what it takes to go international?")]
    [InlineData("is our bakery big enough to sell overseas?")]
    [InlineData("我们这种小厂有没有本事做出口")]
    [InlineData("我们有没有实力做跨境")]
    [InlineData("我们这样的小工厂做得了跨境电商吗")]
    public void Readiness_asked_as_what_it_takes(string text) => Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("物流等会儿再说，先把平台选了", IntentNames.ChoosePlatform)]
    [InlineData("运费待会再算，先把评估做好", IntentNames.StartReadiness)]
    [InlineData("let's park the marketplace thing for later and finish the readiness check", IntentNames.StartReadiness)]
    [InlineData("put the shipping aside for now and get back to the platform question", IntentNames.ChoosePlatform)]
    public void Going_back_with_the_detour_put_off_names_the_guide(string text, string intent) => Assert.Equal(intent, GoingBackToAGuide.Target(text));

    [Theory]
    [InlineData("how did you get that price?")]
    [InlineData("how did you arrive at this cost")]
    [InlineData("运费这个数是从哪来的？")]
    [InlineData("这个价格怎么来的")]
    public void How_a_price_was_got_asks_how_it_was_worked_out(string text) => Assert.Equal(ResultQuestion.HowPriced, ResultQuestions.Read(DialogIds.GuideLogistics, text));

    [Theory]
    [InlineData("how long does that usually take them to review?")]
    [InlineData("how long do customs normally take to release a parcel?")]
    [InlineData("申诉一般几天有结果？")]
    [InlineData("平台审核一般要几天出结果")]
    [InlineData("那要多久能拿到？")]
    public void A_how_long_about_someone_elses_process_is_not_the_steps(string text) => Assert.NotEqual(ResultQuestion.StepDuration, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Theory]
    [InlineData("how long does this step usually take?")]
    [InlineData("how many days will that take")]
    [InlineData("这一步一般要多久")]
    [InlineData("做完这个要几天")]
    public void A_how_long_about_the_step_stays_the_steps(string text) => Assert.Equal(ResultQuestion.StepDuration, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Theory]
    [InlineData("so the first plan was cheaper, by how much?")]
    [InlineData("was the earlier option faster?")]
    [InlineData("刚才那个是不是便宜一些，差多少")]
    [InlineData("之前的方案贵多少")]
    public void The_result_before_compared_is_asked_about(string text) => Assert.Equal(ResultQuestion.ComparedWithBefore, ResultQuestions.Read(DialogIds.GuideLogistics, text));

    [Theory]
    [InlineData("why is the first one better than the cheapest?")]
    [InlineData("is the first one cheaper than the second?")]
    public void The_first_option_compared_with_another_is_no_comparison_with_before(string text) => Assert.NotEqual(ResultQuestion.ComparedWithBefore, ResultQuestions.Read(DialogIds.GuideLogistics, text));
}
