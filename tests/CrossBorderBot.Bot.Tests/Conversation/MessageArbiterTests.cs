using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>The arbiter's decisions for the same kinds of message at different places in a conversation.</summary>
public sealed class MessageArbiterTests
{
    private static readonly ConversationPlace Menu = new(ConversationPlaceKind.Menu);
    private static readonly ConversationPlace LogisticsQuestion = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideLogistics, GuideReadsMessage: true);
    private static readonly ConversationPlace PlatformQuestion = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuidePlatform, GuideReadsMessage: false);
    private static readonly ConversationPlace LogisticsResult = new(ConversationPlaceKind.Result, DialogIds.GuideLogistics, GuideReadsMessage: true);

    [Fact]
    public void A_changed_input_after_a_result_is_a_what_if_even_as_a_question() =>
        Assert.Equal(MessagePurpose.WhatIf, MessageArbiter.Decide(LogisticsResult, Message("and to Spain?", IntentNames.ChooseLogistics)));

    [Fact]
    public void Why_after_a_result_asks_about_the_result() =>
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(LogisticsResult with { GuideReadsMessage = false }, Message("why is the postal one so low?", IntentNames.AskKnowledge)));

    [Fact]
    public void A_question_inside_a_guide_is_answered_even_when_it_names_a_slot_value() =>
        Assert.Equal(MessagePurpose.Question, MessageArbiter.Decide(LogisticsQuestion, Message("which documents does Japan want for cosmetics?", IntentNames.AskKnowledge)));

    [Fact]
    public void A_plain_answer_inside_a_guide_goes_to_the_guide() =>
        Assert.Equal(MessagePurpose.Answer, MessageArbiter.Decide(LogisticsQuestion, Message("to Spain, 3 kg", IntentNames.ChooseLogistics)));

    [Fact]
    public void A_plan_request_wins_anywhere() =>
        Assert.Equal(MessagePurpose.PlanRecall, MessageArbiter.Decide(LogisticsQuestion, Message("把上次的方案再发一次", IntentNames.None)));

    [Fact]
    public void A_problem_told_at_the_menu_is_a_problem_report() =>
        Assert.Equal(MessagePurpose.ProblemReport, MessageArbiter.Decide(Menu, Message("our parcel was seized by customs in Chile", IntentNames.FixIssue, 0.5)));

    [Fact]
    public void A_rules_question_naming_a_guide_topic_is_a_question() =>
        Assert.Equal(MessagePurpose.Question, MessageArbiter.Decide(Menu, Message("what paperwork do I need to ship batteries to Korea?", IntentNames.ChooseLogistics, 0.7)));

    [Fact]
    public void Asking_which_platform_at_the_menu_starts_the_platform_guide() =>
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(Menu, Message("which marketplace would fit a small toy brand?", IntentNames.ChoosePlatform, 0.8)));

    [Fact]
    public void Any_text_answers_a_free_text_question() =>
        Assert.Equal(MessagePurpose.Answer, MessageArbiter.Decide(new ConversationPlace(ConversationPlaceKind.FreeText, DialogIds.GuideFixIssue), Message("what is going on with my account?", IntentNames.AskKnowledge)));

    [Fact]
    public void A_problem_of_ones_own_asked_with_a_question_mark_inside_a_guide_is_a_problem_report() =>
        Assert.Equal(MessagePurpose.ProblemReport, MessageArbiter.Decide(LogisticsQuestion, Message("walmart removed our listings yesterday, what should we do?", IntentNames.FixIssue, 0.6)));

    [Fact]
    public void A_supposed_problem_inside_a_guide_is_a_question() =>
        Assert.Equal(MessagePurpose.Question, MessageArbiter.Decide(LogisticsQuestion, Message("what should I do if customs hold the parcel?", IntentNames.FixIssue, 0.6)));

    [Fact]
    public void A_request_for_another_guide_inside_a_guide_is_a_new_task_even_with_a_question_word() =>
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(PlatformQuestion, Message("先不选平台了，帮我看看发货到法国怎么走", IntentNames.ChooseLogistics, 0.65)));

    [Fact]
    public void Not_knowing_with_a_question_word_answers_the_waiting_question() =>
        Assert.Equal(MessagePurpose.Unclear, MessageArbiter.Decide(new ConversationPlace(ConversationPlaceKind.GuideQuestion, DialogIds.GuideFixIssue), Message("不清楚是哪个市场", IntentNames.AskKnowledge, 0.6)));

    [Fact]
    public void A_message_answering_several_questions_of_one_guide_at_the_menu_starts_that_guide() =>
        Assert.Equal(
            (MessagePurpose.NewTask, IntentNames.ChoosePlatform),
            (MessageArbiter.Decide(Menu with { FactsGuide = IntentNames.ChoosePlatform }, Message("b2c, garden tools, 900 usd a month", IntentNames.AskKnowledge, 0.45)),
             MessageArbiter.TaskIntent(Menu with { FactsGuide = IntentNames.ChoosePlatform }, Message("b2c, garden tools, 900 usd a month", IntentNames.AskKnowledge, 0.45))));

    [Theory]
    [InlineData("what would shipping 4 kg cost?")]
    [InlineData("how long would it take to reach portugal?")]
    [InlineData("寄到葡萄牙要几天")]
    public void A_cost_or_time_question_with_a_changed_input_after_a_logistics_result_is_a_what_if(string text) =>
        Assert.Equal(MessagePurpose.WhatIf, MessageArbiter.Decide(LogisticsResult, Message(text, IntentNames.AskKnowledge)));

    [Theory]
    [InlineData("can i send a bottle of perfume the same way?")]
    [InlineData("香水也能这样寄吗")]
    public void Other_goods_sent_the_same_way_after_a_logistics_result_is_a_what_if(string text) =>
        Assert.Equal(MessagePurpose.WhatIf, MessageArbiter.Decide(LogisticsResult, Message(text, IntentNames.AskKnowledge)));

    [Fact]
    public void A_rules_question_naming_another_market_after_a_logistics_result_stays_a_question() =>
        Assert.Equal(MessagePurpose.Question, MessageArbiter.Decide(LogisticsResult, Message("how much import vat does portugal charge?", IntentNames.AskKnowledge)));

    [Fact]
    public void A_fix_issue_task_that_tells_its_problem_is_a_problem_report() =>
        Assert.Equal(MessagePurpose.ProblemReport, MessageArbiter.Decide(Menu, Message("a buyer in australia says the kettle we sent arrived with a dent and wants money back", IntentNames.FixIssue, 0.8, Australia)));

    [Fact]
    public void A_bare_request_to_fix_something_stays_a_task() =>
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(Menu, Message("we have something to sort out", IntentNames.FixIssue, 0.8)));

    [Fact]
    public void Facts_of_another_guide_with_no_trouble_start_that_guide_even_when_the_classifier_leans_to_fixing() =>
        Assert.Equal(IntentNames.ChooseLogistics, MessageArbiter.TaskIntent(Menu with { FactsGuide = IntentNames.ChooseLogistics }, Message("picture frames for a client in belgium, 3 kg with the packaging", IntentNames.FixIssue, 0.7)));

    [Fact]
    public void A_request_after_dropping_the_running_guide_for_another_guides_facts_is_a_new_task()
    {
        const string text = "never mind that, we need to get 20 kg of tiles to poland, what would it cost?";
        var rest = DroppedRequest.Of(PlatformQuestion, text);
        Assert.Equal("we need to get 20 kg of tiles to poland, what would it cost?", rest);
        Assert.Equal(MessagePurpose.NewTask, DroppedRequest.Decide(PlatformQuestion, Menu with { FactsGuide = IntentNames.ChooseLogistics }, Message(rest!, IntentNames.AskKnowledge, 0.6)));
    }

    [Fact]
    public void A_request_after_dropping_for_the_guide_already_running_is_left_to_that_guide() =>
        Assert.Null(DroppedRequest.Decide(LogisticsQuestion, Menu with { FactsGuide = IntentNames.ChooseLogistics }, Message("it's 2 kg to poland after all", IntentNames.ChooseLogistics, 0.9)));

    [Fact]
    public void A_problem_told_after_dropping_the_running_guide_is_a_problem_report() =>
        Assert.Equal(MessagePurpose.ProblemReport, DroppedRequest.Decide(PlatformQuestion, Menu, Message("our parcel to chile was seized by customs yesterday", IntentNames.FixIssue, 0.7)));

    [Fact]
    public void Dropping_words_at_the_menu_are_not_read_apart() =>
        Assert.Null(DroppedRequest.Of(Menu, "never mind that, we need to get 20 kg of tiles to poland"));

    private static readonly MessageEntities Australia = new() { Countries = [new CountryEntity("au", "australia")] };

    private static RecognizedMessage Message(string text, string intent, double score, MessageEntities entities) =>
        new(text, intent, score, new Dictionary<string, double> { [intent] = score }, entities);

    private static RecognizedMessage Message(string text, string intent, double score = 0.9) =>
        new(text, intent, score, new Dictionary<string, double> { [intent] = score }, MessageEntities.None);
}
