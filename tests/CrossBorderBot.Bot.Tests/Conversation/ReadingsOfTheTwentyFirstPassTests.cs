using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the twentieth part (dev material in the twenty-first pass) found missing,
/// each a general rule rather than a phrase: goods going out to someone, or the way to get them there, are a delivery;
/// a don't-know said before its question word asks nothing; a time limit is a rule, not a step's duration; a clause
/// that asks after a don't-know makes the message a question; a statement giving a quantity at a guide's question
/// answers it; a supposed case at a playbook's step is a question; "啥" and "怎样" ask; another guide's choice or its
/// own result asked at a step or a result is that guide's task; a back command may say what was wrong.
/// </summary>
public sealed class ReadingsOfTheTwentyFirstPassTests
{
    private static readonly ConversationPlace Step = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideFixIssue, GuideReadsMessage: true) { AtPlaybookStep = true, TakesGoingOn = true };
    private static readonly ConversationPlace ReadinessQuestion = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideReadiness, GuideReadsMessage: false);
    private static readonly ConversationPlace PlatformResult = new(ConversationPlaceKind.Result, DialogIds.GuidePlatform, GuideReadsMessage: false);

    [Theory]
    [InlineData("three crates of garden benches are going out to a dealer in hamburg")]
    [InlineData("the order goes over to a hotel in bali next week")]
    public void Goods_going_out_to_someone_are_a_delivery(string text) => Assert.True(MessageCues.StatesADelivery(text));

    [Theory]
    [InlineData("how do I get a CPC certificate to sell toys in the us?", false)]
    public void A_certificate_to_get_is_no_choice_of_a_way(string text, bool asks) => Assert.Equal(asks, MessageCues.AsksForAChoice(text));

    [Theory]
    [InlineData("CE有了，美国那边还不知道要准备什么")]
    [InlineData("目前还不清楚需要哪些")]
    public void A_dont_know_before_its_question_word_asks_nothing(string text)
    {
        Assert.False(MessageCues.IsQuestion(text));
        Assert.True(MessageCues.IsUndecided(text));
    }

    [Theory]
    [InlineData("how long do we have to file a claim with the carrier?", true)]
    [InlineData("what's the deadline to open a dispute?", true)]
    [InlineData("买家申请退款后，几天内必须回复？", true)]
    [InlineData("how long does this step take?", false)]
    public void A_time_limit_is_asked_as_a_deadline(string text, bool deadline) => Assert.Equal(deadline, MessageCues.AsksForADeadline(text));

    [Fact]
    public void A_deadline_at_a_step_is_a_question_not_the_steps_duration() =>
        Assert.Equal(MessagePurpose.Question, MessageArbiter.Decide(Step, Message("how many days do we have before the claim window closes?", IntentNames.AskKnowledge)));

    [Theory]
    [InlineData("这一步没太懂，可以解释一下吗")]
    [InlineData("no idea what this means, can you explain it?")]
    public void A_question_after_a_dont_know_at_a_step_is_a_question(string text) =>
        Assert.Equal(MessagePurpose.Question, MessageArbiter.Decide(Step, Message(text, IntentNames.AskKnowledge, 0.5)));

    [Theory]
    [InlineData("如果买家一直不确认收货怎么办")]
    [InlineData("要是平台驳回了申诉该怎么办")]
    public void A_supposed_case_at_a_step_is_a_question(string text) =>
        Assert.Equal(MessagePurpose.Question, MessageArbiter.Decide(Step, Message(text, IntentNames.FixIssue, 0.5)));

    [Theory]
    [InlineData("normally about ten days")]
    [InlineData("大概三个星期左右吧")]
    public void A_quantity_stated_at_a_guides_question_is_no_question(string text) =>
        Assert.Equal(MessagePurpose.Unclear, MessageArbiter.Decide(ReadinessQuestion, Message(text, IntentNames.AskKnowledge, 0.8)));

    [Theory]
    [InlineData("Shopee是个啥")]
    [InlineData("以后怎样才能避免")]
    public void Sha_and_zenyang_ask(string text) => Assert.True(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("没啥特别的")]
    [InlineData("衣服鞋子啥的都有")]
    public void Sha_as_an_indefinite_asks_nothing(string text) => Assert.False(MessageCues.IsQuestion(text));

    [Fact]
    public void Another_guides_choice_at_a_step_is_that_guides_task_whatever_the_classifier_leans_to()
    {
        var message = Message("we need to resend it, which carrier has full tracking? about 1 kg", IntentNames.FixIssue, 0.7);

        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(Step, message));
        Assert.Equal(IntentNames.ChooseLogistics, MessageArbiter.TaskIntent(Step, message));
    }

    [Fact]
    public void A_shipping_cost_asked_at_a_platform_result_is_the_logistics_task()
    {
        var entities = new MessageEntities { Weights = [new WeightEntity(2, "2公斤")] };
        var message = new RecognizedMessage("寄一个到温哥华大概多少运费，2公斤", IntentNames.AskKnowledge, 0.6, new Dictionary<string, double> { [IntentNames.AskKnowledge] = 0.6 }, entities);

        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(PlatformResult, message));
        Assert.Equal(IntentNames.ChooseLogistics, MessageArbiter.TaskIntent(PlatformResult, message));
    }

    [Theory]
    [InlineData("go back, the budget was wrong")]
    [InlineData("back - I want to change the market")]
    [InlineData("返回上一步，预算填错了")]
    [InlineData("上一步，我要改一下类目")]
    public void A_back_command_saying_what_was_wrong_goes_back(string text) =>
        Assert.Equal(Interruption.Back, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("back to the warehouse in poland")]
    [InlineData("返回的货怎么处理")]
    public void Back_inside_a_message_is_no_command(string text) =>
        Assert.NotEqual(Interruption.Back, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("好滴👍", true)]
    [InlineData("cool cool 👍", true)]
    [InlineData("ok", true)]
    [InlineData("ok, 3 kg", false)]
    [InlineData("thanks", false)]
    public void An_acknowledgement_with_symbols_only_acknowledges(string text, bool only) => Assert.Equal(only, ClosingWords.OnlyAcknowledges(text));

    [Fact]
    public void An_acknowledgement_at_a_result_is_no_wrong_answer() =>
        Assert.Equal(MessagePurpose.Acknowledgement, MessageArbiter.Decide(PlatformResult, Message("好的👌", IntentNames.None, 0.9)));

    [Theory]
    [InlineData("ok what now")]
    [InlineData("now what?")]
    public void What_now_at_a_step_asks_to_go_on(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    [Fact]
    public void The_seller_as_oneself_or_the_factory_asks_how_ready() =>
        Assert.True(MessageCues.AsksHowReady("厂里做竹制餐具的，想看看自己够不够条件出海"));

    private static RecognizedMessage Message(string text, string intent, double score = 0.9) =>
        new(text, intent, score, new Dictionary<string, double> { [intent] = score }, MessageEntities.None);
}
