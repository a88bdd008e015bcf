using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// The UTF-8 size of a JSON tree written compactly, counted as Json.NET writes it instead of building the string:
/// the card renderer measures every card it sends (and every part of one it has to shorten), and the string was
/// thrown away at once.
/// </summary>
internal sealed class JsonByteCounter : TextWriter
{
    private int _bytes;

    // A high surrogate whose low half may come in the next write: a pair is 4 bytes, a lone surrogate the 3 of U+FFFD.
    private bool _pendingHighSurrogate;

    private JsonByteCounter()
    {
    }

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>The same count as <c>Encoding.UTF8.GetByteCount(token.ToString(Formatting.None))</c>.</summary>
    public static int Count(JToken token)
    {
        using var counter = new JsonByteCounter();
        using (var writer = new JsonTextWriter(counter) { Formatting = Formatting.None, CloseOutput = false })
        {
            token.WriteTo(writer);
        }

        return counter.Total;
    }

    private int Total => _bytes + (_pendingHighSurrogate ? 3 : 0);

    public override void Write(char value) => Add(value);

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        foreach (var c in buffer)
        {
            Add(c);
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    private void Add(char c)
    {
        if (_pendingHighSurrogate)
        {
            _pendingHighSurrogate = false;
            if (char.IsLowSurrogate(c))
            {
                _bytes += 4;
                return;
            }

            _bytes += 3;
        }

        if (c < 0x80)
        {
            _bytes += 1;
        }
        else if (c < 0x800)
        {
            _bytes += 2;
        }
        else if (char.IsHighSurrogate(c))
        {
            _pendingHighSurrogate = true;
        }
        else
        {
            // Other BMP characters, and a low surrogate with no high one before it (written as U+FFFD): 3 bytes.
            _bytes += 3;
        }
    }
}
