namespace CrossBorderBot.Channels.DirectLine;

/// <summary>What checking a token found.</summary>
public enum DirectLineTokenStatus
{
    Valid,

    /// <summary>Well formed and correctly signed, but past its expiry.</summary>
    Expired,

    /// <summary>Not a token this service signed (malformed, tampered with, or signed with another secret).</summary>
    Invalid,
}
