using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// A notice that something will be removed unless the seller acts ("our amazon japan store got a notice that our
/// chargers need PSE marks or they'll be removed") is trouble told, not a request to choose a platform: the threat
/// ("will be removed", "they'll be blocked") sounds like a problem, and Japan's PSE mark is a certification.
/// </summary>
public sealed class ThreatOfRemovalTests
{
    [Theory]
    [InlineData("they said the listings will be removed next week")]
    [InlineData("fix it or they'll be blocked")]
    public void A_threat_of_removal_sounds_like_a_problem(string text) => Assert.True(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("goods can be returned within 30 days")]
    [InlineData("the parcel will be delivered on monday")]
    public void Other_things_that_will_be_are_not(string text) => Assert.False(MessageCues.SoundsLikeAProblem(text));

    [Fact]
    public async Task A_removal_notice_at_the_menu_is_a_problem_report()
    {
        using var user = new GuideSession();
        var turn = await user.SayAsync("our amazon japan store got a notice that our chargers need PSE marks or they'll be removed");

        Assert.Contains("Best match:", turn.Text);
        Assert.DoesNotContain("Who will you sell to", turn.Text);
    }
}
