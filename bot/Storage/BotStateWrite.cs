namespace CrossBorderBot.Storage;

/// <summary>One state item to write: its key, its JSON without an ETag (UTF-8), and the ETag it was read with.</summary>
/// <remarks>
/// The body is kept as UTF-8 from the serializer to the store: a user's state with ten saved plans is ~55 KB of JSON, which
/// as a .NET string (~110 KB) would be allocated on the large-object heap, several times a turn. A write made by
/// <see cref="WithRoomForETag"/> also has room after the body for the ETag property the store appends, so the stored
/// document is the body's own array with that property written into it (<see cref="DocumentWithETag"/>) rather than a
/// second copy of the body: a save copies the state once, from the serializer's buffer.
/// </remarks>
public sealed class BotStateWrite
{
    // The body followed by room for its ETag property (null when the write has none); once the store has written the
    // property there (_eTagWritten), the body's closing brace is part of it and Utf8Body rebuilds the body.
    private readonly byte[]? _withRoom;
    private readonly ReadOnlyMemory<byte> _utf8Body;
    private string? _eTagWritten;

    /// <param name="key">The storage key.</param>
    /// <param name="utf8Body">The JSON body without an ETag property, as UTF-8; the caller must not change it afterwards.</param>
    /// <param name="expectedETag">The ETag the stored item must still have; null when the item was not stored when read.</param>
    public BotStateWrite(string key, ReadOnlyMemory<byte> utf8Body, string? expectedETag)
    {
        Key = key;
        _utf8Body = utf8Body;
        ExpectedETag = expectedETag;
    }

    /// <summary>A write of a body given as text.</summary>
    public BotStateWrite(string key, string body, string? expectedETag)
        : this(key, Encoding.UTF8.GetBytes(body), expectedETag)
    {
    }

    private BotStateWrite(string key, byte[] withRoom, int bodyLength, string? expectedETag)
        : this(key, withRoom.AsMemory(0, bodyLength), expectedETag)
    {
        _withRoom = withRoom;
    }

    public string Key { get; }

    /// <summary>The JSON body without an ETag property, as UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8Body => _eTagWritten is null ? _utf8Body : BodyBeforeETag();

    public string? ExpectedETag { get; }

    /// <summary>The body as text (made on each call: for stores that keep text, and for tests).</summary>
    public string Body => Encoding.UTF8.GetString(Utf8Body.Span);

    /// <summary>
    /// A write of <paramref name="body"/> (copied) with room after it for an ETag of <paramref name="eTagLength"/>
    /// characters, which <see cref="DocumentWithETag"/> fills in place.
    /// </summary>
    internal static BotStateWrite WithRoomForETag(string key, ReadOnlySpan<byte> body, string? expectedETag, int eTagLength)
    {
        var growth = BotStateJson.ETagGrowth(body, eTagLength);
        if (growth < 0)
        {
            return new BotStateWrite(key, body.ToArray(), expectedETag);
        }

        var withRoom = new byte[body.Length + growth];
        body.CopyTo(withRoom);
        return new BotStateWrite(key, withRoom, body.Length, expectedETag);
    }

    /// <summary>
    /// The document to store: the body with <paramref name="eTag"/> as its last property (<see cref="BotStateJson.AppendETag(ReadOnlySpan{byte}, string)"/>).
    /// Written into the room after the body the first time it fits; otherwise a new array, so a document handed out
    /// before never changes.
    /// </summary>
    internal byte[] DocumentWithETag(string eTag)
    {
        if (_withRoom is not null && _eTagWritten is null && BotStateJson.TryAppendETagInPlace(_withRoom, _utf8Body.Length, eTag))
        {
            _eTagWritten = eTag;
            return _withRoom;
        }

        return BotStateJson.AppendETag(Utf8Body.Span, eTag);
    }

    /// <summary>The document <see cref="DocumentWithETag"/> wrote in place with <paramref name="eTag"/>, or null.</summary>
    internal byte[]? DocumentWrittenWith(string eTag) => _eTagWritten is not null && string.Equals(_eTagWritten, eTag, StringComparison.Ordinal) ? _withRoom : null;

    // The body again after its ETag property was written over its closing brace: all before that brace, and the brace.
    private byte[] BodyBeforeETag()
    {
        var body = new byte[_utf8Body.Length];
        _withRoom.AsSpan(0, body.Length - 1).CopyTo(body);
        body[^1] = (byte)'}';
        return body;
    }
}
