using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// A question the result itself answers goes to the guide's explanation at the result (it went to the knowledge base,
/// which "didn't know"), and is told that the result will answer it before the result exists.
/// </summary>
public sealed class ResultQuestionRoutingTests
{
    private static readonly ConversationPlace LogisticsResult = new(ConversationPlaceKind.Result, DialogIds.GuideLogistics, GuideReadsMessage: true);
    private static readonly ConversationPlace ReadinessResult = new(ConversationPlaceKind.Result, DialogIds.GuideReadiness, GuideReadsMessage: false);
    private static readonly ConversationPlace LogisticsQuestion = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideLogistics, GuideReadsMessage: true);

    [Theory]
    [InlineData("how was this price calculated?")]
    [InlineData("哪个最便宜")]
    [InlineData("which one is cheapest?")]
    [InlineData("what does fit 82 mean?")]
    public void A_question_about_a_logistics_result_is_about_the_result(string text) =>
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(LogisticsResult, Message(text)));

    [Theory]
    [InlineData("what should we fix first?")]
    [InlineData("第3级是什么意思")]
    public void A_question_about_a_readiness_result_is_about_the_result(string text) =>
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(ReadinessResult, Message(text)));

    [Fact]
    public void A_what_if_at_the_result_stays_a_what_if() =>
        Assert.Equal(MessagePurpose.WhatIf, MessageArbiter.Decide(LogisticsResult, Message("what if we take the cheapest one?")));

    [Theory]
    [InlineData("and the 2nd option, how many days?")]
    [InlineData("那第二个呢？")]
    public void A_place_asked_about_in_a_what_if_form_changes_nothing_and_is_about_the_result(string text) =>
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(LogisticsResult with { GuideReadsMessage = false }, Message(text)));

    [Theory]
    [InlineData("which channel will be cheapest?")]
    [InlineData("哪个渠道最便宜？")]
    public void Before_the_result_its_question_waits_for_it(string text) =>
        Assert.Equal(MessagePurpose.QuestionForTheResult, MessageArbiter.Decide(LogisticsQuestion, Message(text)));

    private static RecognizedMessage Message(string text) =>
        new(text, IntentNames.AskKnowledge, 0.9, new Dictionary<string, double> { [IntentNames.AskKnowledge] = 0.9 }, MessageEntities.None);
}
