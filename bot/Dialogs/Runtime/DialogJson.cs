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

    internal static JToken? ToToken(object? value) => value switch
    {
        null => null,
        JToken token => token.DeepClone(),
        _ => JToken.FromObject(value, Serializer),
    };

    internal static T? FromToken<T>(JToken? token)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return default;
        }

        return token.ToObject<T>(Serializer);
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
