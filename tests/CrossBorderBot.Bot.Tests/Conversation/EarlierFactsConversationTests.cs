using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Facts said once are not asked again when a later guide needs them: the destination and the product named earlier
/// in the conversation fill the new guide's questions, the newest word wins, questions and the seller's own place are
/// not taken as facts. Found on the running bot: "we make ceramic mugs ... selling to germany and the netherlands",
/// then "not sure which platform" asked "Which markets?".
/// </summary>
public sealed class EarlierFactsConversationTests
{
    [Fact]
    public async Task A_later_guide_takes_the_destination_and_product_said_before_it()
    {
        using var user = new GuideSession();
        await user.SayAsync("hi, we produce ceramic mugs and want to start selling to france and italy, where do we begin?");
        var platform = await user.SayAsync("ok, help me choose a platform");

        Assert.Contains("France", platform.Text);
        Assert.Contains("Italy", platform.Text);
        Assert.Contains("Kitchen", platform.Text);
        Assert.DoesNotContain("Which markets", platform.Question);
    }

    [Fact]
    public async Task The_message_that_starts_the_guide_wins_over_what_was_said_before()
    {
        using var user = new GuideSession();
        await user.SayAsync("we want to ship yoga mats to spain");
        await user.SayAsync("cancel");
        var logistics = await user.SayAsync("help me choose shipping to poland");

        Assert.Contains("Poland", logistics.Text);
        Assert.DoesNotContain("Spain", logistics.Text);
    }

    [Fact]
    public async Task A_question_about_a_market_does_not_make_it_the_destination()
    {
        using var user = new GuideSession();
        await user.SayAsync("what is the standard VAT rate in France?");
        var logistics = await user.SayAsync("help me choose a shipping channel");

        Assert.DoesNotContain("France", logistics.Text);
    }

    [Fact]
    public async Task The_seller_s_own_place_said_before_is_not_a_market()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("我们工厂在越南，主要做女装");
        var platform = await user.SayAsync("帮我选个平台");

        Assert.Contains("服装", platform.Text);
        Assert.DoesNotContain("越南", platform.Text);
    }
}
