using System.Text;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary>
/// Slack through Azure Bot Service: activities with channel id <c>slack</c> on <c>/api/messages</c>. Adaptive Cards
/// would reach Slack as an image there, so replies carry Block Kit in <c>channelData.blocks</c> instead.
/// </summary>
public sealed class SlackBotServiceChannelTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_menu_is_sent_as_block_kit_in_channel_data_rather_than_as_an_adaptive_card()
    {
        var replies = await TurnAsync(new JObject { ["text"] = "hi" });

        var menu = Assert.Single(replies, reply => reply.Value<string>("type") == "message");
        var blocks = Assert.IsType<JArray>(menu.SelectToken("channelData.blocks"));
        var buttons = blocks.Where(block => block.Value<string>("type") == "actions").SelectMany(block => block["elements"]!).ToList();
        Assert.Contains(buttons, button => button.SelectToken("text.text")?.ToString() == "Choose platforms");
        Assert.DoesNotContain(menu["attachments"] as JArray ?? [], attachment => attachment.Value<string>("contentType") == "application/vnd.microsoft.card.adaptive");
        Assert.Equal("What would you like to do?", menu.Value<string>("text"));
    }

    [Fact]
    public async Task A_button_click_forwarded_by_the_service_answers_the_menu()
    {
        var menu = (await TurnAsync(new JObject { ["text"] = "hi" })).Single(reply => reply.Value<string>("type") == "message");
        var button = menu.SelectToken("channelData.blocks")!
            .Where(block => block.Value<string>("type") == "actions")
            .SelectMany(block => block["elements"]!)
            .First(element => element.SelectToken("text.text")?.ToString() == "Choose platforms");

        var replies = await TurnAsync(new JObject
        {
            ["text"] = string.Empty,
            ["channelData"] = new JObject
            {
                ["Payload"] = new JObject
                {
                    ["type"] = "block_actions",
                    ["actions"] = new JArray(new JObject { ["type"] = "button", ["action_id"] = button["action_id"], ["value"] = button["value"] }),
                },
            },
        });

        Assert.Contains(replies, reply => reply.Value<string>("text")?.Contains("Let's find the platforms that fit your business", StringComparison.Ordinal) == true);
    }

    private async Task<IReadOnlyList<JObject>> TurnAsync(JObject fields)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "slack",
            ["serviceUrl"] = "https://slack.botframework.com/",
            ["conversation"] = new JObject { ["id"] = "B0BOTID001:T0TEAM0001:D0DIRECT01", ["isGroup"] = false },
            ["from"] = new JObject { ["id"] = "U0USER0001:T0TEAM0001", ["name"] = "li.wei" },
            ["recipient"] = new JObject { ["id"] = "B0BOTID001:T0TEAM0001", ["name"] = "crossborderbot" },
            ["deliveryMode"] = "expectReplies",
            ["timestamp"] = DateTimeOffset.UtcNow,
        };
        activity.Merge(fields);

        using var response = await _host.Client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return [.. body["activities"]!.Cast<JObject>()];
    }
}
