namespace CrossBorderBot.Charts;

/// <summary>A drawn chart kept in the bot's storage until its link expires, with the conversation it belongs to.</summary>
public sealed class StoredChart : IStoreItem
{
    /// <summary>A hash of the conversation id (the id itself is not needed to serve the chart).</summary>
    public string ConversationHash { get; set; } = string.Empty;

    public string PngBase64 { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }

    public string? ETag { get; set; }
}
