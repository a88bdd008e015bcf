namespace CrossBorderBot.Storage;

/// <summary>What a state scope read (or last wrote) this turn: the JSON body to compare with, and the ETag to write with.</summary>
internal sealed class BotStateBaseline
{
    private readonly StoredBotState? _read;
    private readonly ReadOnlyMemory<byte>? _written;

    // What was written as a stored document: the body followed by the ETag property (compared in place, not cut out).
    private readonly ReadOnlyMemory<byte>? _writtenDocument;

    /// <summary>What was written, as UTF-8 (or, with a null body, a baseline that any save overwrites).</summary>
    public BotStateBaseline(ReadOnlyMemory<byte>? body, string? eTag)
    {
        _written = body;
        ETag = eTag;
    }

    /// <summary>What was read (null: nothing was stored); compared in its stored UTF-8 form, no text made.</summary>
    public BotStateBaseline(StoredBotState? read)
    {
        _read = read;
        ETag = read?.ETag;
    }

    public string? ETag { get; }

    /// <summary>What was written as a stored document, <paramref name="document"/>: the body with <paramref name="eTag"/> appended.</summary>
    public static BotStateBaseline OfDocument(ReadOnlyMemory<byte> document, string eTag) => new(eTag, document);

    /// <summary>True when <paramref name="utf8Body"/> is the body read or written (false when there is none to compare).</summary>
    public bool HasBody(ReadOnlySpan<byte> utf8Body) =>
        _read is not null ? _read.HasBody(utf8Body)
        : _writtenDocument is { } document ? BotStateJson.IsBodyOf(document.Span, ETag!, utf8Body)
        : _written is { } written && written.Span.SequenceEqual(utf8Body);

    private BotStateBaseline(string eTag, ReadOnlyMemory<byte> writtenDocument)
    {
        _writtenDocument = writtenDocument;
        ETag = eTag;
    }
}
