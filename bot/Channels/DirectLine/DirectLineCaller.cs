namespace CrossBorderBot.Channels.DirectLine;

/// <summary>Who is calling: the holder of the secret (any conversation) or of a token (its one conversation and user).</summary>
public sealed record DirectLineCaller(string Credential, DirectLineToken? Token)
{
    public bool HoldsSecret => Token is null;

    /// <summary>A token reaches only its own conversation; the secret reaches any.</summary>
    public bool MayAccess(string conversationId) => Token is null || string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal);
}
