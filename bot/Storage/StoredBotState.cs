using System.Text;

namespace CrossBorderBot.Storage;

/// <summary>A state item as read: the parsed value, the stored JSON without its ETag (null when not in that form) and the ETag.</summary>
public sealed class StoredBotState
{
    private readonly Func<string?>? _readBody;
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

    /// <summary>A state item whose body text is made only if a save needs to compare with it (most turns leave some scope untouched).</summary>
    public StoredBotState(object? value, Func<string?> body, string eTag)
    {
        Value = value;
        ETag = eTag;
        _readBody = body;
    }

    /// <summary>
    /// A state item read from its stored UTF-8 JSON: a state dictionary in the form the bot writes is read by the state
    /// codec (its values parsed only when used), any older form by <paramref name="decodeOlderForm"/>; the body is made
    /// on first use, cut at <paramref name="bodyETag"/> (the ETag property as stored in the document).
    /// </summary>
    /// <param name="utf8">The stored document; it must not change afterwards, since the state's values stay slices of it.</param>
    public static StoredBotState FromDocument(string key, ReadOnlyMemory<byte> utf8, string bodyETag, string eTag, Func<string, object?> decodeOlderForm)
    {
        ArgumentNullException.ThrowIfNull(decodeOlderForm);
        var state = StateDocument.TryRead(key, utf8) ?? decodeOlderForm(Encoding.UTF8.GetString(utf8.Span));
        return new StoredBotState(state, () => BotStateJson.BodyWithoutETag(Encoding.UTF8.GetString(utf8.Span), bodyETag), eTag);
    }

    public object? Value { get; }

    public string ETag { get; }

    /// <summary>The stored JSON without its ETag (see the constructor); made on first use when given as a function.</summary>
    public string? Body
    {
        get
        {
            if (!_bodyRead)
            {
                _body = _readBody!();
                _bodyRead = true;
            }

            return _body;
        }
    }
}
