using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "wait my bad, the buyer is in spain not netherlands" corrects the destination: it started the fix-an-issue guide
/// (a buyer, "wait" read as a request for another task). A correction the guide can read is an answer; a place named
/// only to deny it ("not belgium", "不是比利时") is not one of the places.
/// </summary>
public sealed class CorrectionInsideAGuideTests
{
    private static readonly ConversationPlace LogisticsQuestion = new(ConversationPlaceKind.GuideQuestion, DialogIds.GuideLogistics, GuideReadsMessage: true);

    [Theory]
    [InlineData("wait my bad, the customer is in portugal not spain")]
    [InlineData("sorry I meant the buyer is in austria")]
    [InlineData("等一下，我说错了，买家在奥地利不是比利时")]
    [InlineData("搞错了，客户其实在葡萄牙")]
    public void A_correction_the_guide_reads_is_an_answer(string text) =>
        Assert.Equal(MessagePurpose.Answer, MessageArbiter.Decide(LogisticsQuestion, new RecognizedMessage(text, IntentNames.FixIssue, 0.7, new Dictionary<string, double> { [IntentNames.FixIssue] = 0.7 }, MessageEntities.None)));

    [Theory]
    [InlineData("My bad — customs in Portugal are holding our parcel, what do we do?")]
    public void A_problem_told_after_an_apology_is_still_a_problem(string text) =>
        Assert.Equal(MessagePurpose.ProblemReport, MessageArbiter.Decide(LogisticsQuestion, Recognize(text)));

    [Theory]
    [InlineData("the buyer is in austria, not belgium", "belgium")]
    [InlineData("ship to portugal rather than spain", "spain")]
    [InlineData("买家在奥地利不是比利时", "比利时")]
    [InlineData("发葡萄牙，而不是西班牙", "西班牙")]
    public void A_place_named_only_to_deny_it_is_denied(string text, string denied) => Assert.True(DeniedMention.OnlyDenied(text, denied));

    [Theory]
    [InlineData("the buyer is in austria, not belgium", "austria")]
    [InlineData("not sure yet, maybe spain", "spain")]
    [InlineData("不是很确定，可能是西班牙", "西班牙")]
    public void A_place_said_plainly_is_not(string text, string place) => Assert.False(DeniedMention.OnlyDenied(text, place));

    [Theory]
    [InlineData("en-US", "quote for 1.2 kg of scarves to belgium", "30x20x10 cm", "hold on, my bad - the buyer is actually in austria, not belgium", "Austria", "declared value")]
    [InlineData("zh-CN", "1.2公斤围巾寄比利时", "30x20x10厘米", "等一下，我说错了，买家在奥地利不是比利时", "奥地利", "申报价值")]
    public async Task The_destination_is_changed_and_the_guide_goes_on(string locale, string start, string size, string correction, string place, string next)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(start);
        await user.SayAsync(size);
        var turn = await user.SayAsync(correction);

        Assert.Contains(place, turn.Text);
        Assert.Contains(next, turn.Text);
        Assert.DoesNotContain("Best match", turn.Text);
        Assert.DoesNotContain("最匹配", turn.Text);
        Assert.DoesNotContain(locale == "zh-CN" ? "奥地利、比利时" : "Austria, Belgium", turn.Text);
    }

    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    private static RecognizedMessage Recognize(string text) => Recognizer.Value.Understand(text, null);
}
