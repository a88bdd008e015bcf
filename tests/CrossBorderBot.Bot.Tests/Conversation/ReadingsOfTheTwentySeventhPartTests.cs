using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the twenty-seventh part (dev material in the twenty-ninth pass) found missing,
/// each a general rule checked on other wording than the part's and than UnderstandDev29's: an order told with the way there
/// asked is a shipping task, not a problem; buyers abroad looked for online, or which platform when unsure, is where to
/// sell; a company named at the opening is the seller asking its own readiness; "and then?" at a step goes on; another one
/// of the same avoided is prevention; the result named first and then asked to be shown is the result now; carrying on
/// with a problem goes back to it.
/// </summary>
public sealed class ReadingsOfTheTwentySeventhPartTests
{
    [Theory]
    [InlineData("just got an order for 4 candles from a customer in oslo, how do i get them there?")]
    [InlineData("买家拍了两套杯子，人在悉尼，怎么寄过去便宜")]
    public void An_order_with_the_way_there_asked_is_a_shipping_task(string text)
    {
        var message = Recognize(text);
        var menu = new ConversationPlace(ConversationPlaceKind.Menu);
        Assert.False(MessageCues.SoundsLikeAProblem(text));
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(menu, message));
        Assert.Equal(IntentNames.ChooseLogistics, MessageArbiter.TaskIntent(menu, message));
    }

    [Theory]
    [InlineData("how do we get our money back from them")]
    [InlineData("how can we get our deposit back")]
    public void Getting_something_back_or_released_still_tells_trouble(string text) => Assert.True(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("we are a toy workshop hoping to find international buyers online")]
    [InlineData("想在网上开发一些国外的客户")]
    [InlineData("做灯具的，平台不知道该怎么挑")]
    [InlineData("跨境平台多得挑花眼了")]
    public void Buyers_abroad_looked_for_online_or_an_unsure_platform_choice_asks_where_to_sell(string text) => Assert.True(MessageCues.AsksWhereToSell(text));

    [Theory]
    [InlineData("we found some great buyers online last year")]
    [InlineData("平台的佣金是多少")]
    public void Buyers_found_already_or_a_platforms_fee_asks_no_place_to_sell(string text) => Assert.False(MessageCues.AsksWhereToSell(text));

    [Theory]
    [InlineData("东莞做灯具的小厂，想做跨境，不知道够不够条件")]
    [InlineData("茶叶公司，打算出海，想知道还缺些什么")]
    public void A_company_named_at_the_opening_asks_its_own_readiness(string text) => Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("and then?")]
    [InlineData("ok, after that?")]
    public void And_then_at_a_step_asks_to_go_on(string text) => Assert.True(GoAheadCues.AsksToGoOn(text));

    [Theory]
    [InlineData("how do we avoid more returns like these")]
    [InlineData("以后咋样才能让差评少一点")]
    public void Another_one_avoided_or_a_rate_brought_down_is_prevention(string text) => Assert.Equal(ResultQuestion.Prevention, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Theory]
    [InlineData("分数先给我看一下")]
    [InlineData("结果发我看看吧")]
    public void The_result_named_then_asked_to_be_shown_is_the_result_now(string text) => Assert.True(ResultNowCues.AsksForTheResultNow(text));

    [Theory]
    [InlineData("ok, let's carry on with the refund thing")]
    [InlineData("好，继续处理退款那个问题")]
    public void Carrying_on_with_an_earlier_thing_goes_back_to_it(string text) => Assert.True(CueBook.Get(Cue.GoingBackToAnEarlierThing).IsMatch(InterruptionDetector.Clauses(text).Last()));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
