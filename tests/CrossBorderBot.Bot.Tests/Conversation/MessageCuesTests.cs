using CrossBorderBot.Conversation;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>The shapes the arbiter relies on, in both languages (wording of our own, not the scenario tables').</summary>
public sealed class MessageCuesTests
{
    [Theory]
    [InlineData("could you send my plan again?")]
    [InlineData("where's my plan")]
    [InlineData("show me the last plan please")]
    [InlineData("把我的方案发给我")]
    [InlineData("之前的计划在哪")]
    public void Plan_requests_in_ones_own_words_are_recognised(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("could you dig up the recommendation you made yesterday")]
    [InlineData("what were those platform picks you suggested before?")]
    [InlineData("send me the results again")]
    [InlineData("昨天你算的那个渠道结果再发一下")]
    [InlineData("前几天推荐的平台是哪几个来着，给我看看")]
    [InlineData("我上周做的物流方案还能找到吗")]
    [InlineData("上个月那个平台推荐帮我找回来")]
    public void Plan_requests_by_meaning_point_back_name_a_result_and_ask_to_see_it(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("what platform do you recommend for shoes?")]
    [InlineData("show me the shipping options for 2 kg to spain")]
    [InlineData("before we ship, what documents do we need?")]
    [InlineData("我之前在亚马逊开过店")]
    [InlineData("看看有什么平台适合我们")]
    public void A_result_named_without_pointing_back_is_not_a_plan_request(string text) => Assert.False(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("how to plan a shipment to Japan")]
    [InlineData("we plan to sell shoes in the UK")]
    [InlineData("我们计划明年做亚马逊")]
    public void Mentioning_planning_is_not_a_plan_request(string text) => Assert.False(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("and to Spain?")]
    [InlineData("what if it weighed 5 kg")]
    [InlineData("Italy instead")]
    [InlineData("那意大利呢？")]
    [InlineData("改成5公斤")]
    public void What_ifs_are_recognised(string text) => Assert.True(MessageCues.IsWhatIf(text));

    [Theory]
    [InlineData("does Etsy charge a listing fee?", true)]
    [InlineData("日本的关税起征点是多少", true)]
    [InlineData("2 kg", false)]
    [InlineData("卖给企业", false)]
    public void Questions_are_told_from_answers(string text, bool question) => Assert.Equal(question, MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("德国电子产品进口关税税率", true)]
    [InlineData("韩国个人包裹免税额度", true)]
    [InlineData("mexico import duty rate", true)]
    [InlineData("australia gst threshold", true)]
    [InlineData("ebay uk selling fees", true)]
    [InlineData("we sell at a low rate", false)]
    [InlineData("我们想降低运费", false)]
    [InlineData("rate", false)]
    public void A_search_style_request_that_ends_with_the_fact_it_wants_is_a_question(string text, bool question) =>
        Assert.Equal(question, MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("the buyer says the parcel never arrived and customs is holding it", true)]
    [InlineData("我们的账号被封了", true)]
    [InlineData("what is a customs hold?", false)]
    public void Problems_being_reported_are_recognised(string text, bool problem) => Assert.Equal(problem, MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("never mind that, we need to ship 20 kg of tiles to poland", "we need to ship 20 kg of tiles to poland")]
    [InlineData("ok forget it. which marketplace works for garden tools?", "which marketplace works for garden tools?")]
    [InlineData("nvm, our account on ebay got suspended", "our account on ebay got suspended")]
    [InlineData("算了这个先放一边，帮我看看两公斤的灯寄波兰多少钱", "帮我看看两公斤的灯寄波兰多少钱")]
    [InlineData("先不选平台了，我们有个包裹在海关被扣了", "我们有个包裹在海关被扣了")]
    public void The_request_after_words_dropping_the_current_one_is_found(string text, string rest) =>
        Assert.Equal(rest, MessageCues.AfterDroppingTheCurrent(text));

    [Theory]
    [InlineData("scratch that, its 5 lbs")]
    [InlineData("算了")]
    [InlineData("追踪就算了")]
    [InlineData("never mind")]
    [InlineData("we never mind waiting a week")]
    public void Corrections_commands_and_things_dropped_alone_have_no_request_after_them(string text) =>
        Assert.Null(MessageCues.AfterDroppingTheCurrent(text));

    [Theory]
    [InlineData("how much would it cost to send it to Italy?", true)]
    [InlineData("运费多少", true)]
    [InlineData("how much duty does italy charge?", false)]
    [InlineData("is a CE mark required?", false)]
    public void Cost_and_time_questions_ask_for_an_outcome_rules_questions_do_not(string text, bool outcome) =>
        Assert.Equal(outcome, MessageCues.AsksForAnOutcome(text));

    [Theory]
    [InlineData("and for a 2 kg bag of coffee beans?")]
    [InlineData("and with 1.5 kg?")]
    public void An_and_question_with_a_number_is_a_what_if(string text) => Assert.True(MessageCues.IsWhatIf(text));

    [Theory]
    [InlineData("remind me of the shipping advice")]
    [InlineData("is that shipping plan still around?")]
    [InlineData("物流建议再说一遍")]
    [InlineData("那个运输方案还在不在")]
    [InlineData("提醒我一下你建议的发货方式")]
    public void Plan_requests_that_remind_repeat_or_point_at_that_plan_are_recognised(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("那个平台怎么样")]
    [InlineData("平台的事以后再说")]
    [InlineData("remind me what IOSS is")]
    public void A_platform_pointed_at_or_put_off_is_no_plan_request(string text) => Assert.False(MessageCues.AsksForPlan(text));
}
