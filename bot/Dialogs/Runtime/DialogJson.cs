using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// The one serializer used to turn values into the plain JSON kept in dialog state. Its settings are fixed here
/// (not taken from <see cref="JsonConvert.DefaultSettings"/>) so that what a step writes reads back identically.
/// </summary>
internal static class DialogJson
{
    internal static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    });

    // Step indexes, ids and flags are most of what a turn reads and writes: they skip the serializer's contract
    // lookup and token writer/reader, giving the same JSON values the serializer gives.
    internal static JToken? ToToken(object? value) => value switch
    {
        null => null,
        JToken token => token.DeepClone(),
        int number => new JValue(number),
        long number => new JValue(number),
        string text => new JValue(text),
        bool flag => new JValue(flag),
        _ => JToken.FromObject(value, Serializer),
    };

    /// <summary>Reads <paramref name="key"/> of a JSON object of dialog values as <typeparamref name="T"/>; default when absent.</summary>
    internal static T? Get<T>(JObject values, string key) => FromToken<T>(values[key]);

    /// <summary>Stores a value under <paramref name="key"/> as JSON; a null value removes the key.</summary>
    internal static void Set<T>(JObject values, string key, T? value)
    {
        var token = ToToken(value);
        if (token is null)
        {
            values.Remove(key);
        }
        else
        {
            values[key] = token;
        }
    }

    internal static T? FromToken<T>(JToken? token)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return default;
        }

        if (token is JValue value && TryReadPrimitive(value, out T? primitive))
        {
            return primitive;
        }

        return token.ToObject<T>(Serializer);
    }

    private static bool TryReadPrimitive<T>(JValue value, out T? result)
    {
        switch (value.Type)
        {
            case JTokenType.Integer when typeof(T) == typeof(int) && value.Value is long number && number is >= int.MinValue and <= int.MaxValue:
                result = (T)(object)(int)number;
                return true;
            case JTokenType.Integer when typeof(T) == typeof(long) && value.Value is long number:
                result = (T)(object)number;
                return true;
            case JTokenType.String when typeof(T) == typeof(string):
                result = (T?)value.Value;
                return true;
            case JTokenType.Boolean when typeof(T) == typeof(bool) && value.Value is bool flag:
                result = (T)(object)flag;
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>Converts an in-memory value (typed, or JSON after a round-trip) to <typeparamref name="T"/>.</summary>
    internal static T? Convert<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JToken token => FromToken<T>(token),
        _ => FromToken<T>(JToken.FromObject(value, Serializer)),
    };
}
