using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// One user talking to the bot in Slack, so a conversation test reads as a script: say something, click a button
/// by its title, and get back the Web API calls the bot made in response. In a direct message by default; after
/// <see cref="MentionAsync"/> in a channel, the rest happens in the mention's thread.
/// </summary>
public sealed class SlackChat(SlackBotHost host)
{
    private int _seen;
    private int _ts;

    /// <summary>The channel the chat happens in.</summary>
    public string Channel { get; private set; } = SlackPayloads.DirectChannel;

    /// <summary>The thread the chat happens in (channel conversations), if any.</summary>
    public string? ThreadTs { get; private set; }

    public async Task<IReadOnlyList<SlackApiCall>> SayAsync(string text)
    {
        var ts = NextTs();
        var message = Channel == SlackPayloads.DirectChannel
            ? SlackPayloads.DirectMessage(text, ts, ThreadTs)
            : SlackPayloads.ChannelMessage(text, ts, ThreadTs);
        return await SendAsync(() => host.SendEventAsync(SlackPayloads.Envelope(message)));
    }

    /// <summary>Mentions the bot in the public channel (or in the current thread); the chat moves to that thread.</summary>
    public async Task<IReadOnlyList<SlackApiCall>> MentionAsync(string text)
    {
        var ts = NextTs();
        Channel = SlackPayloads.PublicChannel;
        var mention = SlackPayloads.AppMention($"<@{SlackFakeWebApi.BotUserId}> {text}", ts, ThreadTs);
        ThreadTs ??= ts;
        return await SendAsync(() => host.SendEventAsync(SlackPayloads.Envelope(mention)));
    }

    /// <summary>Clicks the button titled <paramref name="title"/> in the latest bot message that has one.</summary>
    public async Task<IReadOnlyList<SlackApiCall>> ClickAsync(string title)
    {
        var posted = host.Api.Calls.LastOrDefault(call => call.Method == "chat.postMessage" && call.Channel == Channel && call.ButtonTitles.Contains(title))
            ?? throw new InvalidOperationException($"No message in {Channel} has a button \"{title}\". Calls: {string.Join(" | ", host.Api.Calls)}");
        var stored = host.Api.Message(Channel, posted.Ts!);
        var (block, button) = (stored["blocks"] as JArray ?? [])
            .Where(candidate => candidate.Value<string>("type") == "actions")
            .SelectMany(candidate => (candidate["elements"] as JArray ?? []).Select(element => (Block: candidate, Button: (JObject)element)))
            .First(pair => pair.Button.SelectToken("text.text")?.ToString() == title);
        return await SendAsync(() => host.SendInteractionAsync(SlackPayloads.ButtonClick(Channel, stored, button, block.Value<string>("block_id")!)));
    }

    /// <summary>
    /// Plays a script: each step clicks the button of that title in the bot's latest message that has buttons, or
    /// else types the step. Returns the Web API calls of the whole script; a guide run reads as one line.
    /// </summary>
    public async Task<IReadOnlyList<SlackApiCall>> FollowAsync(params string[] steps)
    {
        var calls = new List<SlackApiCall>();
        foreach (var step in steps)
        {
            var latestButtons = host.Api.Calls.LastOrDefault(call => call.Method == "chat.postMessage" && call.Channel == Channel && call.ButtonTitles.Count > 0);
            calls.AddRange(latestButtons?.ButtonTitles.Contains(step) == true ? await ClickAsync(step) : await SayAsync(step));
        }

        return calls;
    }

    /// <summary>Runs <paramref name="send"/>, waits for the turn, and returns the Web API calls made since the last step.</summary>
    public async Task<IReadOnlyList<SlackApiCall>> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        using var response = await send();
        response.EnsureSuccessStatusCode();
        await host.WhenIdleAsync();
        var calls = host.Api.Calls;
        var fresh = calls.Skip(_seen).ToList();
        _seen = calls.Count;

        // Whatever the bot posts must be valid Block Kit within Slack's limits.
        foreach (var call in fresh.Where(call => call.Blocks is not null))
        {
            var problems = CardBlockKitChecker.Check(call.Blocks!);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"{call.Method} sent blocks Slack would refuse: {string.Join("; ", problems)}");
            }
        }

        return fresh;
    }

    private string NextTs() => $"1700001{Interlocked.Increment(ref _ts):D3}.000200";
}
