using System.Numerics;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Json;

/// <summary>
/// Builds dialog state's JSON objects from a System.Text.Json reader and writes them to a System.Text.Json writer,
/// with the values Json.NET's state serializer reads and writes (integers as long, other numbers as double, dates
/// left as text; doubles written with a decimal point), so the stored JSON is the same and no serializer runs.
/// </summary>
internal static class JTokenUtf8
{
    /// <summary>Reads the scalar (string, number, boolean or null) the reader is on.</summary>
    public delegate JToken ReadLeaf(ref Utf8JsonReader reader);

    /// <summary>
    /// Where an object keeps a name given twice: in its first place (Json.NET's reader, behind stored state) or moved to
    /// where it was repeated (the SDK's serializer building a tree, behind incoming activities).
    /// </summary>
    public enum RepeatedName
    {
        ReplaceInPlace,
        MoveToLast,
    }

    /// <summary>Reads the value the reader is on (its first token) and leaves the reader on its last token.</summary>
    public static JToken Read(ref Utf8JsonReader reader) => ReadTree(ref reader, ReadStateLeaf, RepeatedName.ReplaceInPlace);

    /// <summary>
    /// Reads objects and arrays member by member and hands every other token to <paramref name="readLeaf"/>: the one tree
    /// reader behind stored state (here) and incoming activities (the wire reader), which differ only in their leaves
    /// and in <paramref name="repeated"/>. Leaves the reader on the value's last token.
    /// </summary>
    public static JToken ReadTree(ref Utf8JsonReader reader, ReadLeaf readLeaf, RepeatedName repeated)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var json = new JObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    var value = ReadTree(ref reader, readLeaf, repeated);
                    if (repeated == RepeatedName.MoveToLast)
                    {
                        json.Remove(name);
                    }

                    json[name] = value;
                }

                return json;
            case JsonTokenType.StartArray:
                var array = new JArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Add(ReadTree(ref reader, readLeaf, repeated));
                }

                return array;
            default:
                return readLeaf(ref reader);
        }
    }

    private static JToken ReadStateLeaf(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => new JValue(reader.GetString()),
        JsonTokenType.Number => new JValue(ReadNumber(ref reader)),
        JsonTokenType.True => new JValue(true),
        JsonTokenType.False => new JValue(false),
        JsonTokenType.Null => JValue.CreateNull(),
        _ => throw new JsonException($"Unexpected JSON token {reader.TokenType}."),
    };

    /// <summary>An integer as Json.NET reads one into <c>object</c> (long, or BigInteger past its range), any other number as double.</summary>
    /// <exception cref="FormatException">A number out of double's range.</exception>
    public static object ReadNumber(ref Utf8JsonReader reader) =>
        TryReadNumber(ref reader, out var number) ? number : throw new FormatException("A JSON number is out of bounds for a Double.");

    /// <summary>
    /// A number as <see cref="ReadNumber"/> reads it; false where System.Text.Json cannot give Json.NET's value for
    /// certain (past double's range, where the two disagree, or a token in pieces), for the caller to leave it to Json.NET.
    /// </summary>
    public static bool TryReadNumber(ref Utf8JsonReader reader, out object number)
    {
        var text = reader.ValueSpan;
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            number = 0;
            return false;
        }

        if (text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            // TryGetDouble refuses the infinities a number past double's range would give.
            var isDouble = reader.TryGetDouble(out var fraction);
            number = fraction;
            return isDouble;
        }

        // Boxed apart: a conditional of long and BigInteger has the type BigInteger, which made every integer one.
        number = reader.TryGetInt64(out var integer) ? (object)integer : BigInteger.Parse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture);
        return true;
    }

    public static void Write(Utf8JsonWriter writer, JToken token) => WriteTree(writer, token, WriteStateLeaf);

    /// <summary>
    /// Writes objects and arrays member by member in their order and hands every other token to <paramref name="writeLeaf"/>:
    /// the one tree walk behind stored state (here) and the reply body (the wire writer), which differ only in their leaves.
    /// </summary>
    public static void WriteTree(Utf8JsonWriter writer, JToken token, Action<Utf8JsonWriter, JToken> writeLeaf)
    {
        switch (token)
        {
            case JObject json:
                writer.WriteStartObject();
                for (var child = json.First; child is not null; child = child.Next)
                {
                    var property = (JProperty)child;
                    writer.WritePropertyName(property.Name);
                    WriteTree(writer, property.Value, writeLeaf);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                for (var child = array.First; child is not null; child = child.Next)
                {
                    WriteTree(writer, child, writeLeaf);
                }

                writer.WriteEndArray();
                break;
            default:
                writeLeaf(writer, token);
                break;
        }
    }

    private static void WriteStateLeaf(Utf8JsonWriter writer, JToken token)
    {
        if (token is JValue value)
        {
            WriteValue(writer, value);
        }
        else
        {
            writer.WriteRawValue(token.ToString(Newtonsoft.Json.Formatting.None), skipInputValidation: true);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, JValue value)
    {
        if (!TryWriteScalar(writer, value.Value))
        {
            // Other integer types and anything unusual: as Json.NET writes it.
            writer.WriteRawValue(value.ToString(Newtonsoft.Json.Formatting.None), skipInputValidation: true);
        }
    }

    /// <summary>
    /// Writes a null, string, bool, number, date, Guid, TimeSpan, Uri or byte array as Json.NET writes it; false for
    /// anything else. With <paramref name="jsonNetFractions"/> false a double or decimal is written in System.Text.Json's
    /// form instead ("2", not "2.0"), for the plain values whose stored shape was System.Text.Json's.
    /// </summary>
    public static bool TryWriteScalar(Utf8JsonWriter writer, object? value, bool jsonNetFractions = true)
    {
        switch (value)
        {
            case double number when !jsonNetFractions:
                writer.WriteNumberValue(number);
                break;
            case decimal number when !jsonNetFractions:
                writer.WriteNumberValue(number);
                break;
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long or int:
                // Json.NET keeps integers as long and int; both are written as the same digits.
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                WriteFloat(writer, number);
                break;
            case float number:
                WriteFloat(writer, number);
                break;
            case decimal number:
                WriteFloat(writer, number.ToString(CultureInfo.InvariantCulture), finite: true);
                break;
            case BigInteger number:
                writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case DateTime date:
                writer.WriteStringValue(date.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset date:
                writer.WriteStringValue(date.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                break;
            case Uri uri:
                writer.WriteStringValue(uri.OriginalString);
                break;
            case Guid or TimeSpan:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            default:
                return false;
        }

        return true;
    }

    /// <summary>A double or float as Json.NET writes it: round-trip text (<c>R</c>), then as <see cref="WriteFloat(Utf8JsonWriter, string, bool)"/>.</summary>
    internal static void WriteFloat<T>(Utf8JsonWriter writer, T number)
        where T : IFloatingPointIeee754<T> =>
        WriteFloat(writer, number.ToString("R", CultureInfo.InvariantCulture), T.IsFinite(number));

    /// <summary>
    /// A non-integer number as Json.NET writes it: a whole value keeps its decimal point ("2.0", not "2"), and NaN or
    /// infinity is written as a string.
    /// </summary>
    internal static void WriteFloat(Utf8JsonWriter writer, string text, bool finite)
    {
        if (!finite)
        {
            writer.WriteStringValue(text == "∞" ? "Infinity" : text == "-∞" ? "-Infinity" : text);
        }
        else if (text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0)
        {
            writer.WriteRawValue(text, skipInputValidation: true);
        }
        else
        {
            writer.WriteRawValue(text + ".0", skipInputValidation: true);
        }
    }
}
