namespace CrossBorderBot.Channels.Slack;

/// <summary>The stored form of <see cref="SlackAnsweredEvents"/>: a conversation's last answered event ids, oldest first.</summary>
public sealed class SlackAnsweredEventsRecord : IStoreItem
{
    public List<string> EventIds { get; set; } = [];

    /// <inheritdoc />
    public string? ETag { get; set; }
}
