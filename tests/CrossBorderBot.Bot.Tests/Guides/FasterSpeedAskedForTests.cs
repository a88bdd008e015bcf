using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// After the cheapest way was chosen, asking for something faster ("is there anything quicker? paying a bit more is
/// fine", "有没有更快一点的，贵一点也行") changes the speed one step up — economy to standard, standard to fast — says so,
/// and asks the waiting question again; it is not "the result will answer that". A question comparing the outcome ("would
/// express be much faster?") still waits for the result.
/// </summary>
public sealed class FasterSpeedAskedForTests
{
    private static readonly string[] English = ["ship 1 kg of scarves to germany", "40x30x10", "30 usd"];
    private static readonly string[] Chinese = ["发1公斤围巾到德国", "40*30*10", "200块"];

    [Theory]
    [InlineData("en-US", "cheapest please", "is there anything quicker? paying a bit more is fine", "Economy (cheapest) → Standard")]
    [InlineData("en-US", "standard", "any faster option? we can pay more", "Standard → Fast (express)")]
    [InlineData("zh-CN", "最便宜的就行", "有没有更快一点的，贵一点也行", "经济（最便宜） → 标准")]
    [InlineData("zh-CN", "最便宜的就行", "能不能快一点？多花点钱没关系", "经济（最便宜） → 标准")]
    public async Task A_faster_way_asked_for_moves_the_speed_one_step_up(string locale, string speed, string ask, string change)
    {
        using var user = new GuideSession(locale);
        foreach (var step in locale == "zh-CN" ? Chinese : English)
        {
            await user.SayAsync(step);
        }

        await user.SayAsync(speed);
        var turn = await user.SayAsync(ask);

        Assert.Contains(change, turn.Text);
        Assert.Matches("end-to-end tracking|全程物流跟踪", turn.Text);
        Assert.DoesNotMatch("result will answer|结果会回答", turn.Text);
    }

    [Fact]
    public async Task A_question_comparing_the_outcome_still_waits_for_the_result()
    {
        using var user = new GuideSession();
        foreach (var step in English)
        {
            await user.SayAsync(step);
        }

        await user.SayAsync("cheapest please");
        var turn = await user.SayAsync("would express be much faster?");

        Assert.DoesNotContain("→", turn.Text);
    }
}
