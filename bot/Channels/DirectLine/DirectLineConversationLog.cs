namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// The head of a Direct Line conversation as kept in the bot's <see cref="IStorage"/>: who it belongs to, the stream's
/// watermark and an index of the activities still kept. The activities themselves are separate stored items (one
/// each), so a post writes one new activity and this small index, never the whole history.
/// </summary>
public sealed class DirectLineConversationLog : IStoreItem
{
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>The user the conversation was opened for; tokens for it are issued to this user only.</summary>
    public string UserId { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The sequence number of the newest activity ever added (dropped ones included); the stream's watermark.</summary>
    public long LastSequence { get; set; }

    /// <summary>The activities kept, oldest first; older ones were dropped to stay under the caps.</summary>
    public List<DirectLineLogEntry> Activities { get; set; } = [];

    public List<DirectLineUpload> Uploads { get; set; } = [];

    public string ETag { get; set; } = "*";

    /// <summary>What the kept activities weigh together (UTF-8 bytes of their JSON).</summary>
    public long StoredBytes => Activities.Sum(entry => (long)entry.Bytes);
}
