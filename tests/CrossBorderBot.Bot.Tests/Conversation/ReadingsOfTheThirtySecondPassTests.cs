using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the thirty-second pass added, each a general rule checked on other wording than
/// UnderstandDev32's and the parts': a command to leave among clauses that only lead in, give a reason or put the task off;
/// prevention asked for the time ahead with a market beside it; readiness asked as a matter of time or as what is still
/// missing, and selling outside China; help praised by the pleasure it gives someone; an order whose goods are only
/// counted; the price war told as a situation.
/// </summary>
public sealed class ReadingsOfTheThirtySecondPassTests
{
    private static readonly ConversationPlace PlaybookStep = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideFixIssue, GuideReadsMessage: false) { AtPlaybookStep = true, TakesGoingOn = true };

    [Theory]
    [InlineData("hang on, cancel, gotta ask my boss about the money")]
    [InlineData("ok cancel this, we'll pick it up next week")]
    [InlineData("not decided, abort, i'll talk to the team")]
    [InlineData("先停一下，取消，我去量一下箱子")]
    [InlineData("取消吧，等我问完老板再说")]
    public void A_command_to_leave_among_clauses_that_say_nothing_more_leaves(string text) =>
        Assert.Equal(Interruption.Cancel, InterruptionDetector.Detect(text, Recognize(text)));

    [Theory]
    [InlineData("wait, cancel, we ship to france not spain")]
    [InlineData("cancel that, the market was wrong")]
    [InlineData("cancel it, which courier is cheaper?")]
    [InlineData("no, scrap the tracking, we don't need it")]
    [InlineData("the buyer wants to cancel, what now")]
    public void A_command_beside_an_answer_a_question_or_a_topic_of_the_questions_does_not_leave(string text) =>
        Assert.NotEqual(Interruption.Cancel, InterruptionDetector.Detect(text, Recognize(text)));

    [Theory]
    [InlineData("how do we avoid it once we expand to poland")]
    [InlineData("what can we do so it won't repeat when we list in mexico")]
    [InlineData("以后做澳洲站选哪类包装比较稳妥")]
    public void Prevention_asked_for_the_time_ahead_with_a_market_is_the_steps_question(string text)
    {
        Assert.Equal(ResultQuestion.Prevention, ResultQuestions.Read(DialogIds.GuideFixIssue, text));
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(PlaybookStep, Recognize(text)));
    }

    [Theory]
    [InlineData("me and my brother weave rugs, is it the right time for us to sell overseas?")]
    [InlineData("we're a 20-person lamp factory, can we export yet?")]
    [InlineData("am i ready to sell beyond china with my candles?")]
    [InlineData("经营一家小纸品厂，想看看还缺些什么才能做跨境")]
    public void Readiness_asked_as_a_matter_of_time_or_of_what_is_missing_is_the_readiness_check(string text) =>
        Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("that helps heaps, ta")]
    [InlineData("老板会很满意的，谢谢啦")]
    public void Help_praised_in_any_tense_or_by_someone_pleased_closes(string text) => Assert.Equal(ClosingKind.Thanks, ClosingWords.Read(text));

    [Theory]
    [InlineData("somebody in oslo bought 4, how should i post them?")]
    public void An_order_with_its_goods_only_counted_and_the_way_asked_is_the_logistics_guide(string text)
    {
        var message = Recognize(text);
        var menu = new ConversationPlace(ConversationPlaceKind.Menu);
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(menu, message));
        Assert.Equal(IntentNames.ChooseLogistics, MessageArbiter.TaskIntent(menu, message));
    }

    [Theory]
    [InlineData("卖家越来越多，价格一路被压低，现在没什么利润")]
    [InlineData("clones everywhere on etsy, we hardly make any money now")]
    public void The_price_war_told_as_a_situation_is_found(string text) =>
        Assert.Contains(IssueTypeRules.Find(text), mention => mention.Value == IssueTypes.Id(IssueType.PriceWar));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
