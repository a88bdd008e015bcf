using System.Buffers;
using System.Text.Json;
using CrossBorderBot.Json;

namespace CrossBorderBot.Replies;

/// <summary>
/// Where a card is written while it is rendered: the blocks' elements and buttons one after another in one buffer (each
/// a separate JSON value, remembered by its place), then the assembled card in a second one. Strings are escaped as
/// Json.NET escapes them (<see cref="JsonNetStringEscaping"/>), so a card's bytes are what Json.NET wrote for the
/// <c>JObject</c> cards of earlier versions. One per thread is kept for the next card (rendering never awaits).
/// </summary>
internal sealed class AdaptiveCardBuffer
{
    // A buffer grown past this by an enormous card is not kept for the next one.
    private const int MaxKeptBytes = 256 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JsonNetStringEscaping.Instance, SkipValidation = true };

    [ThreadStatic]
    private static AdaptiveCardBuffer? _spare;

    private readonly ArrayBufferWriter<byte> _parts = new(8 * 1024);
    private readonly ArrayBufferWriter<byte> _card = new(16 * 1024);
    private int _start;

    private AdaptiveCardBuffer()
    {
        Writer = new Utf8JsonWriter(_parts, Options);
        CardWriter = new Utf8JsonWriter(_card, Options);
    }

    /// <summary>Writes the element or button being rendered; <see cref="Take"/> ends it.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Writes the assembled card.</summary>
    public Utf8JsonWriter CardWriter { get; }

    /// <summary>The assembled card's bytes so far.</summary>
    public ReadOnlySpan<byte> Card => _card.WrittenSpan;

    /// <summary>This thread's buffer, emptied; give it back with <see cref="Return"/>.</summary>
    public static AdaptiveCardBuffer Rent()
    {
        var buffer = _spare ?? new AdaptiveCardBuffer();
        _spare = null;
        buffer.ClearParts();
        buffer.ClearCard();
        return buffer;
    }

    public static void Return(AdaptiveCardBuffer buffer)
    {
        if (buffer._parts.Capacity <= MaxKeptBytes && buffer._card.Capacity <= MaxKeptBytes)
        {
            _spare = buffer;
        }
    }

    /// <summary>Ends the value written since the last call: its place in the buffer.</summary>
    public Range Take()
    {
        Writer.Flush();
        var end = _parts.WrittenCount;
        var taken = new Range(_start, end);
        _start = end;
        Writer.Reset();
        return taken;
    }

    public ReadOnlySpan<byte> this[Range range] => _parts.WrittenSpan[range];

    public void ClearParts()
    {
        Writer.Reset();
        _parts.ResetWrittenCount();
        _start = 0;
    }

    public void ClearCard()
    {
        CardWriter.Reset();
        _card.ResetWrittenCount();
    }
}
