using System.Text.Encodings.Web;

namespace CrossBorderBot.Json;

/// <summary>
/// Escapes strings exactly as Json.NET's writer does by default, so System.Text.Json writes the bytes the Bot
/// Framework SDK's serializer wrote: only control characters (the short forms \t \n \r \b \f, otherwise \u00xx in lower
/// case), the quote, the backslash and U+0085, U+2028, U+2029 are escaped; everything else, emoji and CJK included, is
/// written as UTF-8. (System.Text.Json's relaxed encoder also escapes characters outside the basic plane and some
/// format characters, and writes hexadecimal in upper case.)
/// </summary>
internal sealed class JsonNetStringEscaping : JavaScriptEncoder
{
    public static JsonNetStringEscaping Instance { get; } = new();

    private JsonNetStringEscaping()
    {
    }

    /// <summary>"\u0001" is the longest escape: six characters for one.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' or 0x85 or 0x2028 or 0x2029;

    // Every reply string is searched for these: one vectorized search instead of a test per character.
    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(code => (char)code)) + "\"\\\u0085\u2028\u2029");

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny(Escaped);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var output = new Span<char>(buffer, bufferLength);
        ReadOnlySpan<char> escaped = unicodeScalar switch
        {
            '\t' => "\\t",
            '\n' => "\\n",
            '\r' => "\\r",
            '\b' => "\\b",
            '\f' => "\\f",
            '"' => "\\\"",
            '\\' => "\\\\",
            _ => default,
        };

        if (escaped.IsEmpty && WillEncode(unicodeScalar))
        {
            if (output.Length < 6)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            output[0] = '\\';
            output[1] = 'u';
            unicodeScalar.TryFormat(output[2..6], out _, "x4", System.Globalization.CultureInfo.InvariantCulture);
            numberOfCharactersWritten = 6;
            return true;
        }

        if (escaped.IsEmpty)
        {
            // Not a character this encoder escapes: written as it is.
            if (!new System.Text.Rune(unicodeScalar).TryEncodeToUtf16(output, out numberOfCharactersWritten))
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            return true;
        }

        if (!escaped.TryCopyTo(output))
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        numberOfCharactersWritten = escaped.Length;
        return true;
    }
}
