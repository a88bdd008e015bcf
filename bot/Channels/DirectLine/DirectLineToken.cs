namespace CrossBorderBot.Channels.DirectLine;

/// <summary>A token's verified claims: the one conversation and the one user it is good for, and when it ends.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
