using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the twenty-fifth part (dev material in the twenty-seventh pass) found missing,
/// each a general rule checked on other wording than the part's and than UnderstandDev27's: readiness asked for a
/// marketplace abroad or as being "set / good to go"; a market to open is where to sell; a shipment told with "thoughts?"
/// asks for a way to ship; at a playbook step a short question by its question word ("who pays?", "谁来付", "先A还是先B")
/// asks; a stop or a closing beside the result asked for is no cancel and no goodbye.
/// </summary>
public sealed class ReadingsOfTheTwentyFifthPartTests
{
    private static readonly ConversationPlace PlaybookStep = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideFixIssue, GuideReadsMessage: false) { AtPlaybookStep = true, TakesGoingOn = true };

    [Theory]
    [InlineData("we run a little ebay store for phone straps, are we ready for walmart?")]
    [InlineData("just me and my sister selling candles on etsy - would we be ready to start on amazon")]
    [InlineData("我们在淘宝卖了三年袜子，去做速卖通够不够格")]
    [InlineData("我们现在上虾皮准备好了吗")]
    public void Readiness_for_a_marketplace_abroad_asks_how_ready_the_seller_is(string text) => Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("tea farm here, not sure if we're good to go for selling overseas")]
    [InlineData("could you tell whether we are set for exporting online?")]
    public void Being_set_for_selling_abroad_asks_how_ready_the_seller_is(string text) => Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("which marketplace is best for us, amazon or ebay?")]
    [InlineData("amazon is ready to ship our order")]
    [InlineData("亚马逊的佣金是多少")]
    public void A_marketplace_named_without_the_sellers_readiness_is_no_readiness_question(string text) => Assert.False(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("we're a textile trading house hoping to expand into the polish market")]
    [InlineData("我们是做陶瓷的，想进军东南亚市场")]
    [InlineData("打算开拓一下日本市场")]
    public void A_market_to_open_asks_where_to_sell(string text) => Assert.True(MessageCues.AsksWhereToSell(text));

    [Theory]
    [InlineData("we want to break into the japanese market, how should we ship the samples?")]
    [InlineData("the japanese market is big")]
    [InlineData("想进军欧洲市场，物流怎么走")]
    public void A_market_named_with_shipping_asked_or_only_described_is_no_platform_choice(string text) => Assert.False(MessageCues.AsksWhereToSell(text));

    [Theory]
    [InlineData("got 2 kg of leather samples that need to reach a client in oslo, thoughts?")]
    [InlineData("have to send 2.5 kg of yarn over to a customer in perth, any suggestions?")]
    [InlineData("要把三公斤样品寄给迪拜的客户，有什么建议")]
    public void A_delivery_with_an_opinion_asked_is_a_way_to_ship_asked(string text)
    {
        Assert.True(MessageCues.StatesADelivery(text));
        Assert.True(MessageCues.AsksForAnOpinion(text));
        Assert.Equal(MessagePurpose.NewTask, MessageArbiter.Decide(new ConversationPlace(ConversationPlaceKind.Menu), Recognize(text)));
    }

    [Theory]
    [InlineData("运费谁出")]
    [InlineData("多少钱")]
    [InlineData("who pays?")]
    [InlineData("先换货还是先退款")]
    [InlineData("应该补发还是退钱")]
    public void A_short_question_by_its_question_word_at_a_step_asks(string text)
        => Assert.Contains(MessageArbiter.Decide(PlaybookStep, Recognize(text)), new[] { MessagePurpose.Question, MessagePurpose.AboutResult });

    [Theory]
    [InlineData("谁都可以")]
    [InlineData("还是不行")]
    [InlineData("不知道谁寄的")]
    public void Who_and_or_as_indefinite_or_still_ask_nothing(string text) => Assert.False(MessageCues.AsksByAQuestionWord(text));

    [Theory]
    [InlineData("ok, stop there, what's my score?")]
    [InlineData("stop asking, show me the result")]
    [InlineData("好了，先停，给我打个分")]
    [InlineData("that's it for now, score?")]
    public void A_stop_beside_the_result_asked_is_no_cancel_and_no_goodbye(string text)
    {
        var detected = InterruptionDetector.Detect(text, Recognize(text));
        Assert.NotEqual(Interruption.Cancel, detected);
        Assert.NotEqual(Interruption.Goodbye, detected);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("cancel, let's do this another day")]
    [InlineData("ok that's all for now, cancel")]
    public void A_stop_alone_still_cancels(string text) => Assert.Equal(Interruption.Cancel, InterruptionDetector.Detect(text, Recognize(text)));

    [Theory]
    [InlineData("great result, bye")]
    [InlineData("结果不错，再见")]
    public void A_result_only_named_is_not_asked_for(string text) => Assert.False(CueBook.Get(Cue.InterruptionResultAsked).IsMatch(text));

    private static RecognizedMessage Recognize(string text) => RealGuideParts.Recognizer.Value.Understand(text, null);
}
