using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "把方案发给我" halfway through the logistics guide sent the platform plan saved in an earlier conversation, in English
/// to a user writing Chinese. Halfway through a guide the plan asked for is that guide's, which its result brings: the bot
/// says so and asks its question again; a message that points at the saved plan still gets it, with a line saying it was
/// made in the other language when it was.
/// </summary>
public sealed class PlanAskedForHalfwayTests
{
    private static async Task SaveAPlatformPlanAsync(GuideSession user)
    {
        await user.SayAsync("which platforms should we use to sell kitchen knives to the uk? b2c, budget 800 usd a month, no experience, no brand");
        await user.SayAsync("cancel");
    }

    [Theory]
    [InlineData("send me the plan", "How much does one parcel weigh")]
    [InlineData("show me the plan please", "How much does one parcel weigh")]
    public async Task A_plan_asked_for_halfway_through_a_guide_is_that_guides_result(string request, string question)
    {
        using var user = new GuideSession();
        await user.SayAsync("hi");
        await user.SayAsync("3");
        var turn = await user.SayAsync(request);

        Assert.Contains(turn.Replies, reply => BotReplies.VisibleText(reply) == BotText.English.PlanComesWithTheResult);
        Assert.DoesNotContain(turn.Replies, reply => BotReplies.VisibleText(reply).Contains("plan:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(question, BotReplies.VisibleText(turn.Replies[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_saved_plan_pointed_at_halfway_through_a_guide_is_sent_with_a_word_on_its_language()
    {
        using var user = new GuideSession(locale: "zh-CN");
        await user.SayAsync("English");
        await SaveAPlatformPlanAsync(user);
        await user.SayAsync("中文");
        await user.SayAsync("我想发个包裹到德国，两公斤");

        var halfway = await user.SayAsync("把方案发给我");
        Assert.Contains(halfway.Replies, reply => BotReplies.VisibleText(reply) == BotText.Chinese.PlanComesWithTheResult);

        var saved = await user.SayAsync("上次的方案呢");
        Assert.Contains(saved.Replies, reply => BotReplies.VisibleText(reply).StartsWith("这份方案是 ", StringComparison.Ordinal));
        Assert.Single(saved.Replies, reply => BotReplies.VisibleText(reply).Contains("Platform plan", StringComparison.Ordinal));
    }
}
