using System.Buffers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// The UTF-8 size of a JSON tree written compactly, counted as Json.NET writes it instead of building the string:
/// the card renderer measures every card it sends (and every part of one it has to shorten), and the string was
/// thrown away at once. Objects, arrays, strings, whole numbers, booleans and nulls (all a card holds, nearly) are
/// counted by walking the tree; any other value is counted by writing it alone through Json.NET's writer.
/// </summary>
internal sealed class JsonByteCounter : TextWriter
{
    // What Json.NET's writer escapes by default: control characters, the quote, the backslash, U+0085, U+2028, U+2029.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(code => (char)code)) + "\"\\\u0085\u2028\u2029");

    private int _bytes;

    // A high surrogate whose low half may come in the next write: a pair is 4 bytes, a lone surrogate the 3 of U+FFFD.
    private bool _pendingHighSurrogate;

    private JsonByteCounter()
    {
    }

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>The same count as <c>Encoding.UTF8.GetByteCount(token.ToString(Formatting.None))</c>.</summary>
    public static int Count(JToken token) => token switch
    {
        JObject obj => CountObject(obj),
        JArray array => CountArray(array),
        JValue value => CountValue(value),
        _ => CountWritten(token),
    };

    // Children are walked through their sibling links: no enumerator to allocate for each object and array.
    private static int CountObject(JObject obj)
    {
        // The braces, and a comma between members.
        var bytes = 2;
        var comma = 0;
        for (var child = obj.First; child is not null; child = child.Next)
        {
            var property = (JProperty)child;
            bytes += comma + QuotedString(property.Name) + 1 + Count(property.Value);
            comma = 1;
        }

        return bytes;
    }

    private static int CountArray(JArray array)
    {
        var bytes = 2;
        var comma = 0;
        for (var item = array.First; item is not null; item = item.Next)
        {
            if (item.Type == JTokenType.Comment)
            {
                // Json.NET puts no comma around a comment: such an array (never a card's) is left to its writer.
                return CountWritten(array);
            }

            bytes += comma + Count(item);
            comma = 1;
        }

        return bytes;
    }

    private static int CountValue(JValue value) => value.Type switch
    {
        JTokenType.String when value.Value is string text => QuotedString(text),
        JTokenType.Integer when value.Value is long number => Digits(number),
        JTokenType.Integer when value.Value is int number => Digits(number),
        JTokenType.Boolean when value.Value is bool flag => flag ? 4 : 5,
        JTokenType.Null => 4,
        _ => CountWritten(value),
    };

    private static int Digits(long number)
    {
        Span<char> digits = stackalloc char[20];
        number.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>A string as Json.NET writes it: in double quotes, escaped, then as UTF-8.</summary>
    private static int QuotedString(string text)
    {
        var rest = text.AsSpan();
        var bytes = 2;
        while (true)
        {
            var escape = rest.IndexOfAny(Escaped);
            var plain = escape < 0 ? rest : rest[..escape];

            // Lone surrogates become U+FFFD (3 bytes), as the UTF-8 encoder writes them; a high surrogate at the end
            // of a plain run is lone too, since the run ends at an ASCII escape or at the closing quote.
            bytes += Encoding.UTF8.GetByteCount(plain);
            if (escape < 0)
            {
                return bytes;
            }

            bytes += rest[escape] switch
            {
                '\t' or '\n' or '\r' or '\b' or '\f' or '"' or '\\' => 2,
                _ => 6,
            };
            rest = rest[(escape + 1)..];
        }
    }

    /// <summary>Any other token, written by Json.NET's writer and counted character by character.</summary>
    private static int CountWritten(JToken token)
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
