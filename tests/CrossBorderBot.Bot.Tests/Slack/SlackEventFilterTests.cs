using System.Net;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Slack;

/// <summary>Which Slack events the bot answers, and that Slack's retries never run a turn twice.</summary>
public sealed class SlackEventFilterTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_retried_event_runs_one_turn()
    {
        var envelope = SlackPayloads.Envelope(SlackPayloads.DirectMessage("hi", "1700003000.000100"));

        using var first = await _host.SendEventAsync(envelope);
        using var retry = await _host.SendEventAsync(envelope, retryNum: "1");
        using var secondRetry = await _host.SendEventAsync(envelope, retryNum: "2");
        await _host.WhenIdleAsync();

        Assert.All([first, retry, secondRetry], response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(_host.Api.Calls, call => call.Method == "chat.postMessage");
    }

    [Fact]
    public async Task Two_different_events_run_two_turns()
    {
        using var first = await _host.SendEventAsync(SlackPayloads.Envelope(SlackPayloads.DirectMessage("hi", "1700003001.000100")));
        using var second = await _host.SendEventAsync(SlackPayloads.Envelope(SlackPayloads.DirectMessage("hello", "1700003002.000100")));
        await _host.WhenIdleAsync();

        Assert.Equal(2, _host.Api.Calls.Count(call => call.Method == "chat.postMessage"));
    }

    [Fact]
    public async Task Messages_from_bots_are_ignored()
    {
        await AssertIgnoredAsync(SlackPayloads.BotMessage("What would you like to do?", "1700003003.000100"));
    }

    [Fact]
    public async Task The_bots_own_message_without_a_bot_id_is_ignored()
    {
        var own = SlackPayloads.DirectMessage("What would you like to do?", "1700003004.000100");
        own["user"] = SlackFakeWebApi.BotUserId;

        await AssertIgnoredAsync(own);
    }

    [Fact]
    public async Task An_edit_that_leaves_the_text_as_it_was_is_ignored()
    {
        // Slack sends message_changed when it adds a link preview to the user's message.
        await AssertIgnoredAsync(SlackPayloads.MessageChanged("1700003005.000100"));
    }

    [Fact]
    public async Task An_edit_of_someone_elses_bot_message_is_ignored()
    {
        var edit = SlackPayloads.MessageChanged("1700003005.000200", text: "new", previousText: "old");
        edit["message"]!["bot_id"] = "B0OTHERBOT";

        await AssertIgnoredAsync(edit);
    }

    [Theory]
    [InlineData("I want to ship a parcel", "How much does one parcel weigh?")]
    [InlineData("我想发一个包裹", "单个包裹多重？")]
    public async Task An_edit_that_changes_the_text_is_answered_as_the_users_next_message(string corrected, string expected)
    {
        using var response = await _host.SendEventAsync(SlackPayloads.Envelope(SlackPayloads.MessageChanged("1700003005.000300", text: corrected, previousText: "I want to shp")));
        await _host.WhenIdleAsync();

        Assert.Contains(_host.Api.Calls, call => call.Method == "chat.postMessage" && call.Channel == SlackPayloads.DirectChannel && call.Text?.StartsWith(expected, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_file_share_with_a_comment_is_answered()
    {
        var share = SlackPayloads.DirectMessage("hi", "1700003006.000100");
        share["subtype"] = "file_share";

        using var response = await _host.SendEventAsync(SlackPayloads.Envelope(share));
        await _host.WhenIdleAsync();

        Assert.Single(_host.Api.Calls, call => call.Method == "chat.postMessage");
    }

    [Fact]
    public async Task A_channel_message_that_does_not_mention_the_bot_is_ignored()
    {
        await AssertIgnoredAsync(SlackPayloads.ChannelMessage("hi everyone", "1700003007.000100"));
    }

    [Fact]
    public async Task A_reply_in_a_thread_the_bot_is_not_part_of_is_ignored()
    {
        await AssertIgnoredAsync(SlackPayloads.ChannelMessage("help", "1700003008.000100", threadTs: "1700003000.000900"));
    }

    [Fact]
    public async Task The_message_copy_of_a_mention_is_ignored_so_the_mention_is_answered_once()
    {
        var chat = new SlackChat(_host);
        await chat.MentionAsync("hi");

        // Slack sends a thread reply that mentions the bot twice: as app_mention and as a channel message.
        var text = $"<@{SlackFakeWebApi.BotUserId}> help";
        using var asMessage = await _host.SendEventAsync(SlackPayloads.Envelope(SlackPayloads.ChannelMessage(text, "1700003009.000100", chat.ThreadTs)));
        using var asMention = await _host.SendEventAsync(SlackPayloads.Envelope(SlackPayloads.AppMention(text, "1700003009.000100", chat.ThreadTs)));
        await _host.WhenIdleAsync();

        Assert.Single(_host.Api.Calls, call => call.Text?.Contains("\"back\"", StringComparison.Ordinal) == true);
    }

    private async Task AssertIgnoredAsync(Newtonsoft.Json.Linq.JObject slackEvent)
    {
        using var response = await _host.SendEventAsync(SlackPayloads.Envelope(slackEvent));
        await _host.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Api.Calls);
    }
}
