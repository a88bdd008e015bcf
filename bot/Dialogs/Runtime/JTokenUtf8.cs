using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Builds dialog state's JSON objects from a System.Text.Json reader and writes them to a System.Text.Json writer,
/// with the values Json.NET's state serializer reads and writes (integers as long, other numbers as double, dates
/// left as text; doubles written with a decimal point), so the stored JSON is the same and no serializer runs.
/// </summary>
internal static class JTokenUtf8
{
    /// <summary>Reads the value the reader is on (its first token) and leaves the reader on its last token.</summary>
    public static JToken Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => new JValue(reader.GetString()),
        JsonTokenType.Number => new JValue(Storage.StateValueCodecs.ReadNumber(ref reader)),
        JsonTokenType.True => new JValue(true),
        JsonTokenType.False => new JValue(false),
        JsonTokenType.Null => JValue.CreateNull(),
        _ => throw new JsonException($"Unexpected JSON token {reader.TokenType}."),
    };

    /// <summary>Reads the object the reader is on (at its start) and leaves the reader on its end.</summary>
    public static JObject ReadObject(ref Utf8JsonReader reader)
    {
        var json = new JObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();

            // A repeated name replaces the earlier value, as Json.NET's reader does.
            json[name] = Read(ref reader);
        }

        return json;
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

    private static JArray ReadArray(ref Utf8JsonReader reader)
    {
        var array = new JArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            array.Add(Read(ref reader));
        }

        return array;
    }

    private static void WriteValue(Utf8JsonWriter writer, JValue value)
    {
        if (!TryWriteScalar(writer, value.Value))
        {
            // Other integer types and anything unusual: as Json.NET writes it.
            writer.WriteRawValue(value.ToString(Newtonsoft.Json.Formatting.None), skipInputValidation: true);
        }
    }

    /// <summary>Writes a null, string, bool, number, date, Guid, TimeSpan, Uri or byte array as Json.NET writes it; false for anything else.</summary>
    public static bool TryWriteScalar(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteFloat(writer, number.ToString("R", CultureInfo.InvariantCulture), double.IsFinite(number));
                break;
            case float number:
                WriteFloat(writer, number.ToString("R", CultureInfo.InvariantCulture), float.IsFinite(number));
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
