using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the thirty-third pass added, each a general rule checked on other wording than
/// UnderstandDev33's and the parts': a cancel word asked about is the topic; a named guide task called off in one clause
/// leaves; Chinese questions of how long or far and of which of two after "是" ask without a mark; goods on their way to
/// someone, told at a playbook step, are a shipping detour; a wish to reach buyers in a place is a market to open.
/// </summary>
public sealed class ReadingsOfTheThirtyThirdPassTests
{
    private static readonly ConversationPlace PlaybookStep = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideFixIssue, GuideReadsMessage: false) { AtPlaybookStep = true, TakesGoingOn = true };

    [Theory]
    [InlineData("怎么避免买家取消订单")]
    [InlineData("取消率怎么降低")]
    [InlineData("为什么买家老是取消")]
    [InlineData("how can buyers cancel")]
    public void A_cancel_word_asked_about_is_no_command(string text) =>
        Assert.NotEqual(Interruption.Cancel, InterruptionDetector.Detect(text, Recognize(text)));

    [Theory]
    [InlineData("取消")]
    [InlineData("算了，取消吧")]
    [InlineData("cancel it")]
    [InlineData("ok scrap the shipping for now")]
    [InlineData("nah call off the shipment")]
    public void A_command_to_leave_or_a_named_task_called_off_leaves(string text) =>
        Assert.Equal(Interruption.Cancel, InterruptionDetector.Detect(text, Recognize(text)));

    [Theory]
    [InlineData("清关要多长时间")]
    [InlineData("是快递公司负责还是我们负责")]
    [InlineData("仓库离港口多远")]
    public void A_chinese_question_of_how_long_or_which_of_two_asks(string text) => Assert.True(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("差不多大")]
    [InlineData("是试了还是不行")]
    [InlineData("多长都行")]
    [InlineData("纸箱多大我们没量过")]
    [InlineData("整个流程要多长时间不清楚")]
    [InlineData("离港口有多远不知道")]
    public void The_same_words_in_a_statement_ask_nothing(string text) => Assert.False(MessageCues.IsQuestion(text));

    [Theory]
    [InlineData("还有一箱20公斤的样品要寄给巴黎的客户")]
    public void Goods_on_their_way_to_someone_told_at_a_step_are_a_shipping_detour(string text)
    {
        var message = Recognize(text);
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(PlaybookStep, message));
        Assert.Equal(IntentNames.ChooseLogistics, MessageArbiter.TaskIntent(PlaybookStep, message));
    }

    [Theory]
    [InlineData("we'd like to win over customers in the gulf")]
    [InlineData("打算开发日本的买家")]
    [InlineData("keen to reach shoppers across europe")]
    public void A_wish_to_reach_buyers_in_a_place_is_a_market_to_open(string text) => Assert.True(MessageCues.OpensAMarket(text));

    [Fact]
    public void Doing_well_by_customers_is_no_market_to_open() => Assert.False(MessageCues.OpensAMarket("想做好客户服务"));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
