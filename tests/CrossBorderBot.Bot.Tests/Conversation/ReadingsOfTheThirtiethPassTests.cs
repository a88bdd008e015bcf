using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the thirtieth pass added, each a general rule checked on other wording than
/// UnderstandDev30's and the parts': prevention asked at a step is the step's question even right after a side question
/// (its "this" or "that" points at the problem, not at the side question's topic) and even with a colloquial question word
/// ("咋"); a place said alone at "another question?" asks the question just answered for that place, while inside a
/// guide it stays that guide's answer.
/// </summary>
public sealed class ReadingsOfTheThirtiethPassTests
{
    private static readonly ConversationPlace PlaybookStep = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideFixIssue, GuideReadsMessage: false) { AtPlaybookStep = true, TakesGoingOn = true };

    [Theory]
    [InlineData("right, and how do we make sure that never happens again")]
    [InlineData("how do we stop this kind of claim coming back")]
    public void Prevention_right_after_a_side_question_is_the_steps_question(string text) =>
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(PlaybookStep with { FollowsAQuestion = true }, Recognize(text)));

    [Theory]
    [InlineData("and how long does that take?")]
    [InlineData("那要多久能办好")]
    public void A_follow_up_of_the_side_question_is_still_not_the_steps(string text) =>
        Assert.NotEqual(MessagePurpose.AboutResult, MessageArbiter.Decide(PlaybookStep with { FollowsAQuestion = true }, Recognize(text)));

    [Theory]
    [InlineData("今后咋弄才能不再被投诉")]
    [InlineData("往后咋样才不会再被扣货")]
    public void Prevention_with_a_colloquial_question_word_at_a_step_is_the_steps_question(string text) =>
        Assert.Equal(MessagePurpose.AboutResult, MessageArbiter.Decide(PlaybookStep, Recognize(text)));

    [Theory]
    [InlineData("what documents does the EU need for toys?", "canada", "what documents does canada need for toys?")]
    [InlineData("德国卖家具要交什么税", "法国", "法国卖家具要交什么税")]
    public void A_place_alone_at_another_question_asks_the_last_question_for_it(string question, string place, string expected) =>
        Assert.Equal(expected, PlaceSwappedIn.Swap(question, Recognize, Recognize(place), placeAloneSwaps: true));

    [Fact]
    public void A_place_alone_where_the_prompt_reads_more_than_yes_or_no_swaps_nothing() =>
        Assert.Null(PlaceSwappedIn.Swap("德国卖家具要交什么税", Recognize, Recognize("法国")));

    [Fact]
    public void A_place_with_words_of_its_own_at_another_question_swaps_nothing() =>
        Assert.Null(PlaceSwappedIn.Swap("德国卖家具要交什么税", Recognize, Recognize("法国的工厂"), placeAloneSwaps: true));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
