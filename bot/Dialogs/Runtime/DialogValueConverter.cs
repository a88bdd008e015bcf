using System.Collections.Concurrent;
using System.Text.Json;
using CrossBorderBot.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Turns dialog values into typed objects and back. Plain values and the types in <see cref="DialogValueTypes"/>
/// (the guides' answers, prompt options and results read on most turns) go through <see cref="Storage.PlainJson"/>,
/// with Json.NET's number formats, so the JSON is the one Json.NET gave them;
/// any other type still goes through Json.NET (<see cref="DialogJson"/>), exactly as before, and is counted in
/// <see cref="JsonNetFallbacks"/> so a benchmark or a test can see which types a turn left to Json.NET.
/// </summary>
internal static class DialogValueConverter
{
    private static readonly ConcurrentDictionary<Type, long> FallbackCounts = new();

    /// <summary>How often each type was converted by Json.NET since start-up (reads and writes).</summary>
    public static IReadOnlyDictionary<Type, long> JsonNetFallbacks => FallbackCounts;

    /// <summary>Converts a value as kept in a <see cref="DialogValueMap"/> (stored JSON, an object set, a JSON tree) to <typeparamref name="T"/>.</summary>
    public static T? Convert<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case DialogJsonValue stored:
                return Read<T>(stored.Utf8);
            case T typed:
                return typed;
            case JToken token:
                return FromToken<T>(token);
            case DialogValueMap or DialogState or WaterfallHistory:
                return Read<T>(DialogValueJson.ToUtf8(value));
            default:
                // Set as one type, read as another (an int read as long, answers read as a JSON tree): through the JSON.
                return TryChangeNumber(value, out T? number) ? number : Read<T>(DialogValueJson.ToUtf8(value));
        }
    }

    /// <summary>Reads stored JSON as <typeparamref name="T"/>, as Json.NET's dialog serializer read it; default for JSON null.</summary>
    public static T? Read<T>(ReadOnlyMemory<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.Span);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (TryReadPrimitive(ref reader, out T? primitive))
        {
            return primitive;
        }

        if (typeof(T) == typeof(object))
        {
            // Untyped: a plain value as its .NET value, anything else as the JSON tree it was before.
            var token = JTokenUtf8.Read(ref reader);
            if (token is JValue plain)
            {
                return (T?)plain.Value;
            }

            Count(typeof(JToken));
            return (T?)(object)token;
        }

        if (typeof(JToken).IsAssignableFrom(typeof(T)))
        {
            Count(typeof(T));
            return (T?)(object)JTokenUtf8.Read(ref reader);
        }

        if (DialogValueTypes.Contains(typeof(T)))
        {
            return (T?)Storage.PlainJson.Read(utf8.Span, typeof(T), Storage.PlainJsonSettings.Dialog);
        }

        Count(typeof(T));
        return FromToken<T>(JTokenUtf8.Read(ref reader));
    }

    /// <summary>Writes an object set as a dialog value (not a plain value: see <see cref="DialogValueJson.WriteValue"/>).</summary>
    public static void WriteObject(Utf8JsonWriter writer, object value)
    {
        if (DialogValueTypes.Contains(value.GetType()))
        {
            Storage.PlainJson.Write(writer, value, Storage.PlainJsonSettings.Dialog);
            return;
        }

        Count(value.GetType());
        JTokenUtf8.Write(writer, JToken.FromObject(value, DialogJson.Serializer));
    }

    private static T? FromToken<T>(JToken token)
    {
        if (token is not JValue)
        {
            Count(typeof(T));
        }

        return DialogJson.FromToken<T>(token);
    }

    /// <summary>Counts a conversion left to Json.NET (see <see cref="JsonNetFallbacks"/>).</summary>
    internal static void CountJsonNet(Type type) => FallbackCounts.AddOrUpdate(type, 1, static (_, count) => count + 1);

    private static void Count(Type type) => CountJsonNet(type);

    // Step indexes, attempts, flags and ids are most of what a turn reads.
    private static bool TryReadPrimitive<T>(ref Utf8JsonReader reader, out T? value)
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object? read = reader.TokenType switch
        {
            JsonTokenType.Number when type == typeof(int) && reader.TryGetInt32(out var number) => number,
            JsonTokenType.Number when type == typeof(long) && reader.TryGetInt64(out var number) => number,
            JsonTokenType.Number when type == typeof(decimal) && reader.TryGetDecimal(out var number) => number,
            JsonTokenType.Number when type == typeof(double) && reader.TryGetDouble(out var number) => number,
            JsonTokenType.String when type == typeof(string) => reader.GetString(),
            JsonTokenType.True or JsonTokenType.False when type == typeof(bool) => reader.GetBoolean(),
            _ => null,
        };

        value = read is null ? default : (T)read;
        return read is not null;
    }

    private static bool TryChangeNumber<T>(object value, out T? result)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is int or long or decimal or double && (target == typeof(int) || target == typeof(long) || target == typeof(decimal) || target == typeof(double)))
        {
            result = (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            return true;
        }

        result = default;
        return false;
    }
}
