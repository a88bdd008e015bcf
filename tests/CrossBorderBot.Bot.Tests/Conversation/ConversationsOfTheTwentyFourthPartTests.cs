using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// What a message is for, as the twenty-fourth part (dev material in the twenty-sixth pass) found it misread, played through
/// the real bot on other wording than the part's: a question at a playbook step with a statement beside it is answered and
/// the step stays; "ok carry on" after a side question asks the waiting question again; a piece's weight with the count of
/// pieces is the parcel's weight.
/// </summary>
public sealed class ConversationsOfTheTwentyFourthPartTests
{
    [Fact]
    public async Task A_question_at_a_step_with_its_background_is_answered_and_the_step_stays()
    {
        using var user = new GuideSession("en-US");
        await user.SayAsync("amazon.co.uk removed 3 of our listings after a trademark complaint from another brand");
        var first = await user.SayAsync("yes");
        Assert.Contains("Step 1 of", first.Text);

        var turn = await user.SayAsync("can we appeal this? our logo was registered in 2021");

        Assert.Contains("Step 1 of", turn.Text);
        Assert.DoesNotContain("Step 2 of", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "ship 2 kg of wool scarves to italy", "does italy charge duty on small parcels?", "alright, carry on", "outer dimensions")]
    [InlineData("zh-CN", "寄2公斤的围巾到意大利", "意大利小包裹要交关税吗？", "明白了，继续吧", "外箱尺寸")]
    public async Task Going_on_after_a_side_question_asks_the_waiting_question_again(string locale, string start, string aside, string goOn, string waiting)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(start);
        await user.SayAsync(aside);

        var turn = await user.SayAsync(goOn);

        Assert.Contains(waiting, turn.Text);
        Assert.DoesNotContain("didn't understand", turn.Text);
        Assert.DoesNotContain("没有理解", turn.Text);
    }

    [Fact]
    public async Task A_pieces_weight_with_the_count_gives_the_parcels_weight()
    {
        using var user = new GuideSession("zh-CN");

        var turn = await user.SayAsync("寄一箱茶杯到西班牙，每个200克，一箱三十个");

        Assert.Contains("6 kg", turn.Text);
        Assert.Contains("外箱尺寸", turn.Text);
    }
}
