using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Json.NET's serializer for dialog values of types <see cref="DialogValueConverter"/> has no generated code for (and
/// the JSON every value's form follows). Its settings are fixed here (not taken from <see cref="JsonConvert.DefaultSettings"/>)
/// so that what a step writes reads back identically.
/// </summary>
internal static class DialogJson
{
    internal static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    });

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
}
