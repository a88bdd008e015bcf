namespace CrossBorderBot.Storage;

/// <summary>One state item to write: its key, its JSON without an ETag (UTF-8), and the ETag it was read with.</summary>
/// <remarks>
/// The body is kept as UTF-8 from the serializer to the store: a user's state with ten saved plans is ~55 KB of JSON, which
/// as a .NET string (~110 KB) would be allocated on the large-object heap, several times a turn.
/// </remarks>
public sealed class BotStateWrite
{
    /// <param name="key">The storage key.</param>
    /// <param name="utf8Body">The JSON body without an ETag property, as UTF-8; the caller must not change it afterwards.</param>
    /// <param name="expectedETag">The ETag the stored item must still have; null when the item was not stored when read.</param>
    public BotStateWrite(string key, ReadOnlyMemory<byte> utf8Body, string? expectedETag)
    {
        Key = key;
        Utf8Body = utf8Body;
        ExpectedETag = expectedETag;
    }

    /// <summary>A write of a body given as text.</summary>
    public BotStateWrite(string key, string body, string? expectedETag)
        : this(key, Encoding.UTF8.GetBytes(body), expectedETag)
    {
    }

    public string Key { get; }

    public ReadOnlyMemory<byte> Utf8Body { get; }

    public string? ExpectedETag { get; }

    /// <summary>The body as text (made on each call: for stores that keep text, and for tests).</summary>
    public string Body => Encoding.UTF8.GetString(Utf8Body.Span);
}
