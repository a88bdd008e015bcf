using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the thirty-first pass added, each a general rule checked on other wording than
/// UnderstandDev31's and the parts': a Chinese question word used as an indefinite (none, whatever, not much) and a
/// "can't" followed by its verb ask nothing; prevention asked as advice for the time ahead; the readiness result's first
/// steps asked in few words; the plan asked to be repeated or passed on; help praised; an order told and the way to send
/// it asked; a readiness opening by the people who run the shop; where to start selling; going on opened by "please".
/// </summary>
public sealed class ReadingsOfTheThirtyFirstPassTests
{
    private static readonly ConversationPlace PlaybookStep = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideFixIssue, GuideReadsMessage: false) { AtPlaybookStep = true, TakesGoingOn = true };
    private static readonly ConversationPlace ReadinessQuestion = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideReadiness, GuideReadsMessage: true);
    private static readonly ConversationPlace ReadinessResult = new(ConversationPlaceKind.Result, DialogIds.GuideReadiness, GuideReadsMessage: true);

    [Theory]
    [InlineData("啥资质都还没办")]
    [InlineData("客户要什么颜色我们做什么颜色")]
    [InlineData("花不了多少钱，一个月几百块")]
    [InlineData("哪个渠道都可以")]
    [InlineData("can't afford a lot, 150 dollars maybe")]
    [InlineData("can't give it more than one person")]
    public void A_question_word_used_as_an_indefinite_or_a_cant_with_its_verb_asks_nothing(string text) =>
        Assert.False(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("什么认证都没有，要先办哪个")]
    [InlineData("要不要交税")]
    [InlineData("能不能退")]
    [InlineData("有没有什么要注意的")]
    [InlineData("寄过去多少钱多少天")]
    [InlineData("can't we send it by sea")]
    public void A_question_beside_an_indefinite_or_a_cant_with_its_subject_still_asks(string text) =>
        Assert.True(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("啥资质都还没办")]
    [InlineData("can't afford a lot, 150 dollars maybe")]
    public void Such_a_statement_at_a_guide_question_is_its_answer(string text) =>
        Assert.Equal(MessagePurpose.Answer, MessageArbiter.Decide(ReadinessQuestion, Recognize(text)));

    [Theory]
    [InlineData("any pointers so our parcels aren't held like this")]
    [InlineData("suggestions for next time please")]
    [InlineData("tips on avoiding it going forward")]
    [InlineData("今后寄日本用哪家比较稳")]
    [InlineData("下回要提前确认哪些东西")]
    public void Advice_for_the_time_ahead_at_a_step_is_prevention(string text)
    {
        Assert.Equal(ResultQuestion.Prevention, ResultQuestions.Read(DialogIds.GuideFixIssue, text));
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(PlaybookStep, Recognize(text)));
    }

    [Theory]
    [InlineData("any tips for the appeal letter?")]
    [InlineData("advice on what to write, not sure")]
    [InlineData("以后再说")]
    public void Advice_on_the_step_itself_or_a_later_is_no_prevention(string text) =>
        Assert.NotEqual(ResultQuestion.Prevention, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Theory]
    [InlineData("first steps then")]
    [InlineData("next moves pls")]
    [InlineData("头一件事干啥")]
    public void The_first_steps_asked_in_few_words_at_the_readiness_result_ask_the_result(string text) =>
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(ReadinessResult, Recognize(text)));

    [Theory]
    [InlineData("can you repeat the shipping plan for me")]
    [InlineData("pls forward the platform plan once more")]
    [InlineData("把那个方案再贴一下")]
    public void The_plan_asked_to_be_repeated_or_passed_on_is_plan_recall(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("cheers, brilliant help")]
    [InlineData("谢谢，挺靠谱的")]
    public void Help_praised_by_any_word_closes(string text) => Assert.Equal(ClosingKind.Thanks, ClosingWords.Read(text));

    [Theory]
    [InlineData("shopify store, a man in leeds just ordered two lamps from us, how should we mail them")]
    [InlineData("有个加拿大买家要三百个杯子，怎么发最省")]
    public void An_order_told_with_the_way_to_send_it_asked_is_the_logistics_guide(string text)
    {
        var message = Recognize(text);
        var menu = new ConversationPlace(ConversationPlaceKind.Menu);
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(menu, message));
        Assert.Equal(IntentNames.ChooseLogistics, MessageArbiter.TaskIntent(menu, message));
    }

    [Theory]
    [InlineData("两口子做拖鞋的，想知道能不能做跨境")]
    [InlineData("做雨伞的，十来个人。我们可以做跨境吗")]
    public void Readiness_asked_by_the_people_who_run_the_shop_is_the_readiness_check(string text) =>
        Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("we weave rattan baskets and never sold abroad. where can we begin selling them?")]
    public void Where_to_start_selling_asks_where_to_sell_not_how_ready(string text)
    {
        Assert.True(MessageCues.AsksWhereToSell(text));
        Assert.False(MessageCues.AsksWhereToBegin(text));
    }

    [Theory]
    [InlineData("please move on to the next step")]
    [InlineData("plz next one")]
    public void Going_on_opened_by_a_polite_word_goes_on(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
