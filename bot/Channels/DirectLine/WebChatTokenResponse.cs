using System.Text.Json.Serialization;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// <c>POST /api/webchat/token</c>'s answer: a Direct Line token for one conversation and one user, the conversation,
/// the token's lifetime in seconds, and the user id (the page keeps it to resume the conversation after a reload).
/// </summary>
public sealed record WebChatTokenResponse(
    string Token,
    string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);
