using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

using CrossBorderBot.Json;

namespace CrossBorderBot.Tests.Storage.GeneratedReference;

/// <summary>
/// (The reference dialog-value context's number converters.) Non-integer numbers written as Json.NET writes them, so a typed value written by System.Text.Json keeps the JSON
/// Json.NET gave it: a whole number keeps a decimal point (<c>2.0</c>, not <c>2</c>), a double is written round-trip
/// (<c>R</c>), and NaN or infinity becomes a string. Reading takes any JSON number.
/// </summary>
internal static class JsonNetNumberConverters
{
    public static void AddTo(JsonSerializerOptions options)
    {
        options.Converters.Add(new DecimalConverter());
        options.Converters.Add(new FloatingPointConverter<double>((ref Utf8JsonReader reader) => reader.GetDouble()));
        options.Converters.Add(new FloatingPointConverter<float>((ref Utf8JsonReader reader) => reader.GetSingle()));
    }

    // Json.NET's "Infinity" / "-Infinity" strings in the form .NET's invariant number parsing reads; "NaN" as it is.
    private static string? NonFiniteText(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.String ? null : reader.GetString() switch
        {
            "Infinity" => "∞",
            "-Infinity" => "-∞",
            var text => text,
        };

    private sealed class DecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? decimal.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
                : reader.TryGetDecimal(out var value) ? value : (decimal)reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            JTokenUtf8.WriteFloat(writer, value.ToString(CultureInfo.InvariantCulture), finite: true);
    }

    private delegate T ReadNumber<T>(ref Utf8JsonReader reader);

    // A double or float: the reader's own parse for a JSON number (GetSingle is not a double narrowed), Json.NET's
    // non-finite strings parsed as text.
    private sealed class FloatingPointConverter<T>(ReadNumber<T> readNumber) : JsonConverter<T>
        where T : IFloatingPointIeee754<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            NonFiniteText(ref reader) is { } text
                ? T.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
                : readNumber(ref reader);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JTokenUtf8.WriteFloat(writer, value);
    }
}
