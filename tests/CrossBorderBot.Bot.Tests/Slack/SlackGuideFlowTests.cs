using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary>
/// A whole guide through the real Slack endpoints: a signed <c>app_mention</c> and thread replies on
/// <c>/api/slack/events</c>, <c>block_actions</c> button clicks on <c>/api/slack/interactions</c>, and the exact Web API
/// calls the bot makes to the fake Slack API in answer.
/// </summary>
public sealed class SlackGuideFlowTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_logistics_guide_is_completed_in_a_thread_by_typing_and_clicking_and_ends_with_the_ranked_channels()
    {
        var chat = new SlackChat(_host);

        var started = await chat.MentionAsync("ship 2kg of shoes to Germany");
        Assert.Equal(["chat.postMessage", "chat.postMessage"], Methods(started));
        Assert.Equal("I understood: 2 kg, shoes, Germany.", started[0].Text);
        Assert.StartsWith("What are the parcel's outer dimensions", started[1].Text);
        Assert.Contains("Skip", started[1].ButtonTitles);

        var skipped = await ClickAndCheckUpdateAsync(chat, "Skip", started[1]);
        Assert.StartsWith("What is the declared value", Assert.Single(skipped).Text);

        var valued = await chat.SayAsync("$30");
        Assert.Equal(["chat.postMessage"], Methods(valued));
        Assert.Equal("How fast must it arrive?", valued[0].Text);
        Assert.Equal(["Economy (cheapest)", "Standard", "Fast (express)"], valued[0].ButtonTitles);

        var urgency = await ClickAndCheckUpdateAsync(chat, "Standard", valued[0]);
        Assert.Equal("Do you need full end-to-end tracking?", Assert.Single(urgency).Text);

        var tracking = await ClickAndCheckUpdateAsync(chat, "Yes", urgency[0]);
        Assert.Equal("Must buyers be able to return the goods (returns handling)?", Assert.Single(tracking).Text);

        var returns = await ClickAndCheckUpdateAsync(chat, "No", tracking[0]);
        Assert.Equal("Does the parcel contain batteries or liquids?", Assert.Single(returns).Text);
        Assert.Equal(["Neither", "Batteries", "Liquids", "Both"], returns[0].ButtonTitles);

        var result = await ClickAndCheckUpdateAsync(chat, "Neither", returns[0]);
        Assert.All(result, call => Assert.NotNull(call.Blocks));
        var shown = string.Join("\n", result.Select(call => call.Blocks!.ToString()));
        Assert.Contains("Logistics channels: 2 kg of shoes to Germany", shown);
        Assert.Contains("Ranked channels (estimates)", shown);
        Assert.Contains("Landed cost estimate: Germany", shown);
        Assert.Contains("reviewed", shown);
        var closing = result[^1];
        Assert.Equal("What would you like to do next?", closing.Text);
        Assert.Equal(["Send me the plan", "Fix an issue", "Back to the menu"], closing.ButtonTitles);

        var menu = await ClickAndCheckUpdateAsync(chat, "Back to the menu", closing);
        Assert.Contains("Choose platforms", menu[^1].ButtonTitles);

        // Every call of the run happened in the mention's thread, with the bot's token.
        Assert.All(_host.Api.Calls, call =>
        {
            Assert.Equal(SlackPayloads.PublicChannel, call.Channel);
            Assert.Equal("Bearer " + SlackBotHost.BotToken, call.Authorization);
            Assert.Equal(200, call.Status);
        });
        Assert.All(_host.Api.Calls.Where(call => call.Method == "chat.postMessage"), call => Assert.Equal(chat.ThreadTs, call.ThreadTs));
    }

    /// <summary>
    /// Clicks <paramref name="title"/> on <paramref name="question"/> and checks Slack's answer to a click: first
    /// <c>chat.update</c> of that very message showing the choice without buttons, then only new posts in the thread
    /// (Block Kit within Slack's limits when they have blocks; <see cref="SlackChat"/> checks every block). Returns the posts.
    /// </summary>
    private static async Task<IReadOnlyList<SlackApiCall>> ClickAndCheckUpdateAsync(SlackChat chat, string title, SlackApiCall question)
    {
        var calls = await chat.ClickAsync(title);
        Assert.True(calls.Count >= 2, "a click gets the update and the next message: " + string.Join(" | ", calls));
        var update = calls[0];
        Assert.Equal("chat.update", update.Method);
        Assert.Equal(question.Channel, update.Channel);
        Assert.Equal(question.Ts, update.Body.Value<string>("ts"));
        Assert.Empty(update.ButtonTitles);
        Assert.Contains(title, update.Blocks!.ToString());

        var posts = calls.Skip(1).ToList();
        Assert.All(posts, post =>
        {
            Assert.Equal("chat.postMessage", post.Method);
            Assert.Equal(chat.ThreadTs, post.ThreadTs);
            Assert.InRange(post.Blocks?.Count ?? 1, 1, 50);
            Assert.All(post.Blocks?.OfType<JObject>() ?? [], block => Assert.True(
                block.SelectToken("text.text") is not JValue text || text.ToString().Length <= 3000,
                "a section text over 3000 characters"));
        });
        return posts;
    }

    private static string[] Methods(IEnumerable<SlackApiCall> calls) => [.. calls.Select(call => call.Method)];
}
