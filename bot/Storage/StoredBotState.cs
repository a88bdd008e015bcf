namespace CrossBorderBot.Storage;

/// <summary>A state item as read: the parsed value, the stored JSON without its ETag (null when not in that form) and the ETag.</summary>
public sealed class StoredBotState
{
    // Read from a stored document: its UTF-8 bytes and the ETag property as stored in it (the body is the document
    // without that last property). Null when the item was given as body text.
    private readonly ReadOnlyMemory<byte> _document;
    private readonly string? _bodyETag;
    private string? _body;
    private bool _bodyRead;

    /// <param name="value">The parsed value.</param>
    /// <param name="body">
    /// The stored JSON with the trailing <c>eTag</c> property cut off; equal to a fresh serialization of
    /// <paramref name="value"/> when the state has not changed. Null when the stored text is in an older form (the first
    /// save of a change then writes it in the current form).
    /// </param>
    /// <param name="eTag">The stored item's ETag.</param>
    public StoredBotState(object? value, string? body, string eTag)
    {
        Value = value;
        ETag = eTag;
        _body = body;
        _bodyRead = true;
    }

    private StoredBotState(object? value, ReadOnlyMemory<byte> document, string bodyETag, string eTag)
    {
        Value = value;
        ETag = eTag;
        _document = document;
        _bodyETag = bodyETag;
    }

    /// <summary>
    /// A state item read from its stored UTF-8 JSON: a state dictionary in the form the bot writes is read by the state
    /// codec (its values parsed only when used), any older form by <paramref name="decodeOlderForm"/>; the body is the
    /// document cut at <paramref name="bodyETag"/> (the ETag property as stored in the document), compared as UTF-8.
    /// </summary>
    /// <param name="utf8">The stored document; it must not change afterwards, since the state's values stay slices of it.</param>
    public static StoredBotState FromDocument(string key, ReadOnlyMemory<byte> utf8, string bodyETag, string eTag, Func<string, object?> decodeOlderForm)
    {
        ArgumentNullException.ThrowIfNull(decodeOlderForm);
        var state = StateDocument.TryRead(key, utf8) ?? decodeOlderForm(Encoding.UTF8.GetString(utf8.Span));
        return new StoredBotState(state, utf8, bodyETag, eTag);
    }

    public object? Value { get; }

    public string ETag { get; }

    /// <summary>The stored JSON without its ETag (see the constructor) as text, made on first use when read from a document.</summary>
    public string? Body
    {
        get
        {
            if (!_bodyRead)
            {
                _body = BotStateJson.BodyWithoutETag(Encoding.UTF8.GetString(_document.Span), _bodyETag!);
                _bodyRead = true;
            }

            return _body;
        }
    }

    /// <summary>
    /// True when <paramref name="utf8Body"/> is this item's body (false when its stored text is in an older form). A
    /// state read from a document is compared in place, so a large state (a user's saved plans) is never turned into text.
    /// </summary>
    internal bool HasBody(ReadOnlySpan<byte> utf8Body)
    {
        if (_bodyETag is not null)
        {
            return BotStateJson.IsBodyOf(_document.Span, _bodyETag, utf8Body);
        }

        return _body is not null && Encoding.UTF8.GetByteCount(_body) == utf8Body.Length && utf8Body.SequenceEqual(Encoding.UTF8.GetBytes(_body));
    }
}
