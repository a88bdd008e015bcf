using System.Text.Json.Serialization;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// The answer to starting or reconnecting to a conversation and to the token calls: the conversation, a token scoped
/// to it, and the token's lifetime in seconds.
/// </summary>
public sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
