using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the twenty-first part (dev material in the twenty-third pass) found missing,
/// each a general rule rather than a phrase, checked on other wording than the part's: readiness asked about a seller
/// named in more words; a closing that thanks for something done or says what the user will do later; a language asked
/// for with "let's"; the plan asked for as "this"; a problem told as an account put on hold or a listing stopped; a
/// marketplace "to reach buyers" is no delivery; the clause that asks decides the guide; the result asked for early is
/// the guide's to read.
/// </summary>
public sealed class ReadingsOfTheTwentyFirstPartTests
{
    private static readonly ConversationPlace ReadinessQuestion = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideReadiness, GuideReadsMessage: false);
    private static readonly ConversationPlace LogisticsQuestion = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideLogistics, GuideReadsMessage: false);

    [Theory]
    [InlineData("can you do a readiness check for my two-person etsy studio?")]
    [InlineData("is our little team equipped well enough to export?")]
    [InlineData("we run a small sewing workshop, are we set up well enough to sell overseas?")]
    [InlineData("领导让我测一下公司做跨境的准备度")]
    [InlineData("想评估下公司出海的准备情况")]
    public void Readiness_asked_of_a_seller_named_in_more_words_is_the_readiness_check(string text) => Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("is amazon ready for our goods?")]
    [InlineData("which shipping company is ready for 3 kg parcels?")]
    [InlineData("我们的出海准备度够上哪个平台")]
    public void Readiness_of_a_platform_or_carrier_is_no_readiness_check(string text) => Assert.False(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("thanks for explaining all that")]
    [InlineData("thank you for checking it")]
    [InlineData("thanks, we'll order them next week")]
    [InlineData("cheers, will sort it tomorrow")]
    [InlineData("好的，谢谢，我们再商量一下")]
    [InlineData("谢谢，我先考虑下")]
    public void Thanks_for_what_was_done_or_with_a_plan_for_later_closes(string text) => Assert.NotEqual(ClosingKind.None, ClosingWords.Read(text));

    [Theory]
    [InlineData("thanks, 3 kg")]
    [InlineData("will it arrive tomorrow")]
    public void Thanks_or_a_time_with_a_fact_or_a_question_is_no_closing(string text) => Assert.Equal(ClosingKind.None, ClosingWords.Read(text));

    [Theory]
    [InlineData("let's continue in english")]
    [InlineData("let's switch to english please")]
    public void Lets_go_on_in_english_switches_the_language(string text) => Assert.Equal(Interruption.SwitchToEnglish, InterruptionDetector.Detect(text, null));

    [Theory]
    [InlineData("把这份方案发给我吧")]
    [InlineData("please send me that as a plan")]
    public void The_plan_asked_for_as_this_or_that_is_plan_recall(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("paypal placed our funds on hold for 21 days")]
    [InlineData("速卖通把我们的店铺冻结了")]
    [InlineData("平台把我的链接停了，说缺少认证")]
    public void An_account_on_hold_or_a_listing_stopped_is_trouble(string text) => Assert.True(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("we make ceramic mugs and want a wholesale platform to reach retailers in spain")]
    public void A_marketplace_to_reach_buyers_is_no_delivery(string text) => Assert.False(MessageCues.StatesADelivery(text));

    [Fact]
    public void The_clause_that_asks_decides_the_guide_when_several_topics_are_named()
    {
        var message = Message("just an etsy shop, someone in lyon bought three vases. how should i send them?", IntentNames.ChoosePlatform, 0.5);

        Assert.Equal(IntentNames.ChooseLogistics, GuideRequests.ChoiceOnTopic(message));
    }

    [Theory]
    [InlineData("the 2 kg parcel's tracking has not moved for two weeks", null)]
    [InlineData("what would sending the 2 kg parcel cost?", IntentNames.ChooseLogistics)]
    public void A_shipping_outcome_must_be_asked_not_told(string text, string? guide)
    {
        var entities = new MessageEntities { Weights = [new WeightEntity(2, "2 kg")] };
        var message = new RecognizedMessage(text, IntentNames.FixIssue, 0.8, new Dictionary<string, double> { [IntentNames.FixIssue] = 0.8 }, entities);

        Assert.Equal(guide, GuideRequests.ShippingOutcome(message));
    }

    [Theory]
    [InlineData("enough questions, what would my score be now?")]
    [InlineData("剩下的跳过，直接给我结果吧")]
    public void The_result_asked_for_early_is_the_readiness_guides_to_read(string text) =>
        Assert.Equal(MessagePurpose.Answer, MessageArbiter.Decide(ReadinessQuestion, Message(text, IntentNames.AskKnowledge, 0.8)));

    [Fact]
    public void The_result_asked_for_early_where_the_guide_cannot_give_it_is_no_answer() =>
        Assert.NotEqual(MessagePurpose.Answer, MessageArbiter.Decide(LogisticsQuestion, Message("enough questions, what would my score be now?", IntentNames.AskKnowledge, 0.8)));

    private static RecognizedMessage Message(string text, string intent, double score) =>
        new(text, intent, score, new Dictionary<string, double> { [intent] = score }, MessageEntities.None);
}
