using CrossBorderBot.Dialogs.Guides;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The result asked for as how the seller did, with no word of the result: "let's see how we did", "how are things looking
/// so far", "到目前为止我们怎么样" at a guide's question ends the questions and shows the result; a how-question that goes on to
/// something else ("how do we ship it to spain", "how did you score us on compliance") is no such ask.
/// </summary>
public sealed class ResultAskedAsHowWeDidTests
{
    [Theory]
    [InlineData("alright, let's see how we did")]
    [InlineData("how are things looking so far?")]
    [InlineData("how did we do")]
    [InlineData("到目前为止我们怎么样？")]
    [InlineData("现在看情况如何")]
    public void How_the_seller_did_asked_as_the_message_ends_asks_for_the_result(string text) =>
        Assert.True(ResultNowCues.AsksForTheResultNow(text), text);

    [Theory]
    [InlineData("how do we ship it to spain?")]
    [InlineData("how did you score us on compliance and why")]
    [InlineData("目前运费怎么算")]
    public void A_how_question_about_something_else_asks_for_no_result(string text) =>
        Assert.False(ResultNowCues.AsksForTheResultNow(text), text);
}
