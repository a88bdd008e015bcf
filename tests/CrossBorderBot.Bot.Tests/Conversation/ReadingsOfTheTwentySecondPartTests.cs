using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the twenty-second part (dev material in the twenty-fourth pass) found
/// missing, each a general rule checked on other wording than the part's: readiness asked with the seller as its
/// subject; a problem told as goods that never came, a share of orders coming back, goods stuck at customs; going on at
/// a playbook in other words; a closing that says the answer helped or that the user will come back; a time another
/// party sets asked at a step; the plan asked for "one more time"; a language asked for with the next step; "is it
/// true?" asked in Chinese.
/// </summary>
public sealed class ReadingsOfTheTwentySecondPartTests
{
    private static readonly ConversationPlace PlaybookStep = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideFixIssue, GuideReadsMessage: false) { AtPlaybookStep = true, TakesGoingOn = true };
    private static readonly ConversationPlace LogisticsResult = new(ConversationPlaceKind.Result, DialogIds.GuideLogistics, GuideReadsMessage: true);

    [Theory]
    [InlineData("one-person shop selling knitted hats, how prepared am i to sell overseas?")]
    [InlineData("small shop on shopify here, how ready am i to sell abroad?")]
    public void Readiness_asked_of_the_seller_itself_is_the_readiness_check_whatever_else_it_names(string text) => Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("is our etsy shop ready for a second marketplace, which one?")]
    [InlineData("which shipping company is ready for 3 kg parcels?")]
    public void Readiness_of_something_else_or_with_a_choice_asked_stays_no_readiness_check(string text) => Assert.False(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("a buyer in chile says nothing ever arrived from the order we sent in march")]
    [InlineData("our customer in peru claims nothing ever came")]
    public void Goods_that_never_came_are_a_lost_parcel(string text) =>
        Assert.Contains(Recognize(text).Entities.IssueTypes, issue => issue.Id == "lost_parcel");

    [Theory]
    [InlineData("about 1 in 4 of our blenders comes back from amazon buyers")]
    [InlineData("so many of the dresses come back, the returns are eating our margin")]
    public void A_share_of_orders_coming_back_is_returns_trouble(string text)
    {
        Assert.Contains(Recognize(text).Entities.IssueTypes, issue => issue.Id == "returns");
        Assert.True(MessageCues.SoundsLikeAProblem(text));
    }

    [Theory]
    [InlineData("if they don't like it they can send it back")]
    [InlineData("returns come back to our warehouse in shenzhen")]
    public void Goods_sent_back_as_a_policy_are_no_trouble(string text) => Assert.False(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("上周寄新加坡的一箱货现在还卡在清关")]
    [InlineData("发去迪拜的包裹卡在海关一个星期了")]
    public void Goods_stuck_at_customs_are_trouble(string text) => Assert.True(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("alright, let's go with that one")]
    [InlineData("sure, we'll go with it")]
    [InlineData("好，就按这个来吧")]
    [InlineData("ok move on to the next part")]
    [InlineData("那接着刚才那一步往下走吧")]
    public void Going_on_in_other_words_goes_on(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    [Theory]
    [InlineData("ok back to the questions")]
    [InlineData("right, let's get back to your questions")]
    [InlineData("好，回到刚才的问题")]
    [InlineData("好的，继续刚才的步骤")]
    public void Going_back_named_by_no_topic_goes_back_to_the_waiting_question(string text) => Assert.True(GoingBackToAGuide.GoesBackToTheWaitingQuestion(text));

    [Theory]
    [InlineData("back to the shipping")]
    [InlineData("what questions are left?")]
    public void Going_back_to_a_topic_or_a_question_about_questions_is_not_going_back_to_the_waiting_one(string text) => Assert.False(GoingBackToAGuide.GoesBackToTheWaitingQuestion(text));

    [Theory]
    [InlineData("let's go with the cheaper one")]
    [InlineData("按这个来的话要多久")]
    public void A_choice_named_or_a_question_is_no_going_on(string text) => Assert.False(GoAheadCues.AsksToGoOn(text));

    [Theory]
    [InlineData("thanks, that clears things up")]
    [InlineData("thank you, that clears it up nicely")]
    [InlineData("ok thanks, i'll get back to you")]
    [InlineData("thanks, we'll get back to you next week")]
    public void Thanks_that_it_helped_or_that_the_user_will_come_back_closes(string text) => Assert.NotEqual(ClosingKind.None, ClosingWords.Read(text));

    [Theory]
    [InlineData("平台给我们多少天时间处理这个纠纷")]
    [InlineData("how many days does the carrier give us to file a claim?")]
    [InlineData("海关一般扣多少天才退运？")]
    public void A_time_another_party_sets_asked_at_a_step_is_a_question(string text) =>
        Assert.Equal(MessagePurpose.Question, MessageArbiter.Decide(PlaybookStep, Recognize(text)));

    [Theory]
    [InlineData("how long does this step usually take?")]
    [InlineData("这一步一般要多久")]
    public void The_steps_own_duration_stays_about_the_step(string text) =>
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(PlaybookStep, Recognize(text)));

    [Theory]
    [InlineData("could i see that japan shipping plan one more time")]
    [InlineData("show me that platform plan once more please")]
    public void The_plan_asked_for_once_more_is_plan_recall(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("接下来用中文说吧", Interruption.SwitchToChinese)]
    [InlineData("下一步用英文讲吧", Interruption.SwitchToEnglish)]
    public void A_language_asked_for_with_the_next_step_switches(string text, Interruption expected) => Assert.Equal(expected, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("听说欧盟要取消150欧免税了，真的假的")]
    [InlineData("美国对小包裹收关税是真的吗")]
    public void Is_it_true_asked_in_chinese_is_a_question(string text) => Assert.True(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("发到温哥华的那票怎么寄？")]
    [InlineData("which way should the parcel for canada go?")]
    public void Another_destinations_way_asked_at_a_shipping_result_is_a_what_if(string text) =>
        Assert.Equal(MessagePurpose.WhatIf, MessageArbiter.Decide(LogisticsResult, Recognize(text)));

    [Theory]
    [InlineData("加拿大的进口要求有哪些？")]
    [InlineData("why is the special line first for canada?")]
    public void Rules_or_reasons_asked_for_a_place_at_a_shipping_result_are_no_what_if(string text) =>
        Assert.NotEqual(MessagePurpose.WhatIf, MessageArbiter.Decide(LogisticsResult, Recognize(text)));

    [Theory]
    [InlineData("what is the VAT rate in the UK?", "and for germany?", "what is the VAT rate in germany?")]
    [InlineData("英国的增值税是多少", "德国呢", "德国的增值税是多少")]
    [InlineData("what's the duty threshold for the US?", "what about the UK?", "what's the duty threshold for the UK?")]
    public void A_place_swapped_in_asks_the_last_question_for_it(string question, string swap, string expected) =>
        Assert.Equal(expected, PlaceSwappedIn.Swap(question, Recognize, Recognize(swap)));

    [Theory]
    [InlineData("what is the VAT rate in the UK?", "and for germany, if the parcel is 3 kg and worth 200 euros?")]
    [InlineData("英国的增值税是多少", "我们在德国有仓库")]
    public void A_message_that_says_more_than_a_place_swaps_nothing_in(string question, string message) =>
        Assert.Null(PlaceSwappedIn.Swap(question, Recognize, Recognize(message)));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
