using Microsoft.Bot.Builder;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// A Direct Line conversation as kept in the bot's <see cref="IStorage"/>: who it belongs to and its activity stream
/// (the user's echoed activities and the bot's replies), bounded to the most recent entries.
/// </summary>
public sealed class DirectLineConversationLog : IStoreItem
{
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>The user the conversation was opened for; tokens for it are issued to this user only.</summary>
    public string UserId { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The sequence number of the newest activity ever added (trimmed ones included); the stream's watermark.</summary>
    public long LastSequence { get; set; }

    public List<DirectLineLogEntry> Activities { get; set; } = [];

    public List<DirectLineUpload> Uploads { get; set; } = [];

    public string ETag { get; set; } = "*";
}
