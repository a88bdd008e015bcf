using System.Numerics;
using System.Text.Json;
using System.Xml;
using CrossBorderBot.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Hosting.Wire;

/// <summary>
/// Writes the free-form parts of an activity (channel data, values, card content, entity and extension properties)
/// as the Bot Framework SDK's message serializer writes them: JSON trees and primitive values with its settings
/// (dates in UTC, ISO 8601 time spans, Json.NET's number forms). Anything else is not written here: the caller falls
/// back to the SDK's serializer for the whole body (<see cref="WireFallbackException"/>).
/// </summary>
internal static class WireValueWriter
{
    /// <summary>An object-typed property's value: a JSON tree or a primitive.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object value)
    {
        if (value is JToken token)
        {
            WriteToken(writer, token);
        }
        else if (!TryWriteScalar(writer, value))
        {
            throw new WireFallbackException(value.GetType());
        }
    }

    public static void WriteToken(Utf8JsonWriter writer, JToken token) => JTokenUtf8.WriteTree(writer, token, WriteLeaf);

    private static void WriteLeaf(Utf8JsonWriter writer, JToken token)
    {
        switch (token)
        {
            case JRaw raw when raw.Value is string text:
                writer.WriteRawValue(text, skipInputValidation: true);
                break;
            case JValue { Type: not JTokenType.Comment and not JTokenType.Raw } value:
                if (!TryWriteScalar(writer, value.Value))
                {
                    throw new WireFallbackException(value.Value!.GetType());
                }

                break;
            default:
                throw new WireFallbackException(token.GetType());
        }
    }

    /// <summary>An array of items, a null item as null.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IList<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                write(writer, item);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Only the schema's own class: a subclass (a Teams account, a typed entity) has its own Json.NET contract.</summary>
    public static void Exact(object value, Type type)
    {
        if (value.GetType() != type)
        {
            throw new WireFallbackException(value.GetType());
        }
    }

    /// <summary>A null, string, bool, number, date, time span, Guid, Uri, char or byte array as the SDK writes it; false for anything else.</summary>
    private static bool TryWriteScalar(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case DateTime date:
                // The SDK's settings say DateTimeZoneHandling.Utc: a local time is converted, an unspecified one taken as UTC.
                var utc = date.Kind switch
                {
                    DateTimeKind.Local => date.ToUniversalTime(),
                    DateTimeKind.Unspecified => DateTime.SpecifyKind(date, DateTimeKind.Utc),
                    _ => date,
                };
                writer.WriteStringValue(utc.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));
                return true;
            case TimeSpan span:
                writer.WriteStringValue(XmlConvert.ToString(span));
                return true;
            case char character:
                writer.WriteStringValue(character.ToString());
                return true;
            case short or ushort or byte or sbyte or uint or ulong:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: true);
                return true;
            case BigInteger or string or bool or long or int or double or float or decimal or DateTimeOffset or byte[] or Uri or Guid or null:
                return JTokenUtf8.TryWriteScalar(writer, value);
            default:
                return false;
        }
    }
}

/// <summary>Something the wire writer does not write exactly as the SDK would; the body is written by the SDK's serializer instead.</summary>
internal sealed class WireFallbackException(Type type) : Exception("Not written by the wire writer: " + type.FullName)
{
}
