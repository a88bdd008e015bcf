namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// A Slack conversation as the bot sees it: <c>{team}:{channel}</c>, or <c>{team}:{channel}:{thread_ts}</c> for a
/// thread (each thread is a conversation of its own, with its own dialog state). Replies go to the channel, into the
/// thread when there is one.
/// </summary>
public readonly record struct SlackConversationId(string TeamId, string ChannelId, string? ThreadTs)
{
    public override string ToString() =>
        ThreadTs is null ? $"{TeamId}:{ChannelId}" : $"{TeamId}:{ChannelId}:{ThreadTs}";

    public static bool TryParse(string? value, out SlackConversationId id)
    {
        id = default;
        var parts = value?.Split(':') ?? [];
        if (parts.Length is < 2 or > 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            return false;
        }

        id = new SlackConversationId(parts[0], parts[1], parts.Length == 3 ? parts[2] : null);
        return true;
    }
}
