using System.Text.Json;
using CrossBorderBot.Json;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Hosting.Wire;

/// <summary>
/// Reads the free-form parts of an incoming activity (channel data, values, entity and extension properties) from a
/// System.Text.Json reader into the values the SDK's message serializer (Json.NET) builds: JSON trees for objects and
/// arrays, integers as long (BigInteger past that), other numbers as double, and strings that Json.NET takes for dates
/// (ISO 8601 with a 'T' at index 10, or "/Date(…)/") read by Json.NET itself, so their kind and zone come out the same.
/// A number System.Text.Json cannot read as Json.NET does throws <see cref="WireFallbackException"/>.
/// </summary>
internal static class WireValueReader
{
    private static readonly Newtonsoft.Json.JsonSerializer MessageSerializer = Newtonsoft.Json.JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings);

    /// <summary>A value of an object-typed property: a tree for an object or array, the plain value otherwise (as Json.NET gives it).</summary>
    public static object? ReadPlain(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject or JsonTokenType.StartArray => ReadToken(ref reader),
        JsonTokenType.Null => null,
        _ => ReadScalar(ref reader),
    };

    /// <summary>The value the reader is on as a JSON tree; leaves the reader on its last token.</summary>
    public static JToken ReadToken(ref Utf8JsonReader reader) => JTokenUtf8.ReadTree(ref reader, ReadLeaf, JTokenUtf8.RepeatedName.MoveToLast);

    private static JToken ReadLeaf(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? JValue.CreateNull() : new JValue(ReadScalar(ref reader));

    /// <summary>A string, number or boolean as Json.NET's reader gives it.</summary>
    public static object ReadScalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return MayBeDate(text) ? ReadWithJsonNet(text) : text;
            case JsonTokenType.Number:
                return ReadNumber(ref reader);
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                throw new WireFallbackException(typeof(JsonTokenType));
        }
    }

    /// <summary>A string-typed member: only a JSON string (Json.NET would also take a number or a bool: left to it).</summary>
    public static string ReadText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new WireFallbackException(typeof(string));

    /// <summary>A bool-typed member: only true or false.</summary>
    public static bool ReadFlag(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new WireFallbackException(typeof(bool)),
    };

    /// <summary>A typed date property (timestamp, localTimestamp, expiration) as Json.NET reads one into a DateTimeOffset.</summary>
    public static DateTimeOffset? ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFallbackException(typeof(DateTimeOffset));
        }

        var text = reader.GetString()!;

        // The common form, with an explicit zone and at most seven fraction digits, reads the same either way;
        // anything else (no zone, a leap second, another format) is read by Json.NET.
        if (HasExplicitZone(text)
            && DateTimeOffset.TryParseExact(text, IsoWithZone, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        using var json = new JsonTextReader(new StringReader(JsonConvert.ToString(text)));
        return MessageSerializer.Deserialize<DateTimeOffset?>(json);
    }

    private static readonly string[] IsoWithZone = ["yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    private static bool HasExplicitZone(string text) =>
        text.Length >= 20 && text.Length <= 40 && char.IsAsciiDigit(text[0]) && text[10] == 'T'
        && (text[^1] == 'Z' || (text.Length >= 25 && text[^6] is '+' or '-' && text[^3] == ':'));

    // Json.NET tries a string as a date only in these two shapes (DateParseHandling.DateTime, no date format string).
    private static bool MayBeDate(string text) =>
        text.Length > 0 && (text[0] == '/' || (text.Length >= 19 && text.Length <= 40 && char.IsDigit(text[0]) && text[10] == 'T'));

    private static object ReadWithJsonNet(string text)
    {
        using var json = new JsonTextReader(new StringReader(JsonConvert.ToString(text)))
        {
            DateParseHandling = DateParseHandling.DateTime,
            DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        };
        json.Read();
        return json.Value!;
    }

    // Left to Json.NET where System.Text.Json cannot give its value for certain.
    private static object ReadNumber(ref Utf8JsonReader reader) =>
        JTokenUtf8.TryReadNumber(ref reader, out var number) ? number : throw new WireFallbackException(typeof(double));
}
