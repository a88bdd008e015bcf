namespace CrossBorderBot.Alerts;

/// <summary>
/// One user's alert subscription in one conversation (kept in the bot's <see cref="IStorage"/>): the markets, how to
/// reach the conversation again, and which changes were already delivered. Every change to it is an ETag-checked
/// write, so the delivered list doubles as the "sent once" record that holds across instances.
/// </summary>
public sealed class AlertSubscription : IStoreItem
{
    public string Id { get; set; } = string.Empty;

    public AlertDoor Door { get; set; }

    public string ChannelId { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>Market ids of the knowledge base (<c>us</c>, <c>de</c>, <c>eu</c>…); empty = no alerts (stopped).</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary><c>en</c> or <c>zh-CN</c>: the language the alerts are written in.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The Bot Framework conversation reference as JSON (what <c>ContinueConversationAsync</c> needs).</summary>
    public string ReferenceJson { get; set; } = string.Empty;

    /// <summary>When the user (last) subscribed: changes taking effect from this day on are told.</summary>
    public DateTimeOffset SubscribedAt { get; set; }

    /// <summary>Ids of the changes already sent (or being sent) to this subscriber.</summary>
    public List<string> Delivered { get; set; } = [];

    public string? ETag { get; set; }
}
