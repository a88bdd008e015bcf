namespace CrossBorderBot.Channels.Terminal;

/// <summary>
/// The terminal conversation a user had last, kept in the bot's state store beside the conversations themselves. A plain
/// <c>chat</c> resumes it, so the conversation begun with <c>chat --new</c> (or picked with <c>--conversation</c>) is the
/// one the next <c>chat</c> continues, on every storage provider; before, <c>chat</c> always reopened one fixed
/// conversation and a guide left half-answered after <c>--new</c> looked lost.
/// </summary>
public sealed class TerminalLastConversation
{
    /// <summary>What a plain <c>chat</c> resumes before any conversation was remembered (the id every earlier run used).</summary>
    public const string FirstConversationId = "terminal";

    public string ConversationId { get; set; } = FirstConversationId;

    public static async Task<string> ReadAsync(IStorage storage, string userId, CancellationToken cancellationToken)
    {
        var key = Key(userId);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var value) && value is TerminalLastConversation { ConversationId.Length: > 0 } last
            ? last.ConversationId
            : FirstConversationId;
    }

    public static Task RememberAsync(IStorage storage, string userId, string conversationId, CancellationToken cancellationToken)
        => storage.WriteAsync(
            new Dictionary<string, object> { [Key(userId)] = new TerminalLastConversation { ConversationId = conversationId } },
            cancellationToken);

    // Per user name: on a shared machine each account has its own last conversation.
    private static string Key(string userId) => "terminal/last-conversation/" + userId;
}
