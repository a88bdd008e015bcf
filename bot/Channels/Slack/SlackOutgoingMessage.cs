using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// One <c>chat.postMessage</c> call: the channel, a plain-text fallback (notifications, screen readers, old
/// clients), optional Block Kit blocks, and the thread to post into.
/// </summary>
public sealed record SlackOutgoingMessage(string Channel, string Text, JArray? Blocks, string? ThreadTs)
{
    public JObject ToJson()
    {
        var body = new JObject { ["channel"] = Channel, ["text"] = Text };
        if (Blocks is { Count: > 0 })
        {
            body["blocks"] = Blocks;
        }

        if (ThreadTs is not null)
        {
            body["thread_ts"] = ThreadTs;
        }

        return body;
    }
}
