using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Non-integer numbers written as Json.NET writes them, so a typed value written by System.Text.Json keeps the JSON
/// Json.NET gave it: a whole number keeps a decimal point (<c>2.0</c>, not <c>2</c>), a double is written round-trip
/// (<c>R</c>), and NaN or infinity becomes a string. Reading takes any JSON number.
/// </summary>
internal static class JsonNetNumberConverters
{
    public static void AddTo(JsonSerializerOptions options)
    {
        options.Converters.Add(new DecimalConverter());
        options.Converters.Add(new DoubleConverter());
        options.Converters.Add(new SingleConverter());
    }

    private static void WriteFloat(Utf8JsonWriter writer, string text, bool finite)
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

    private static string? NonFiniteText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    private sealed class DecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? decimal.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
                : reader.TryGetDecimal(out var value) ? value : (decimal)reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            WriteFloat(writer, value.ToString(CultureInfo.InvariantCulture), finite: true);
    }

    private sealed class DoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            NonFiniteText(ref reader) is { } text
                ? double.Parse(text == "Infinity" ? "∞" : text == "-Infinity" ? "-∞" : text, NumberStyles.Float, CultureInfo.InvariantCulture)
                : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
            WriteFloat(writer, value.ToString("R", CultureInfo.InvariantCulture), double.IsFinite(value));
    }

    private sealed class SingleConverter : JsonConverter<float>
    {
        public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            NonFiniteText(ref reader) is { } text
                ? float.Parse(text == "Infinity" ? "∞" : text == "-Infinity" ? "-∞" : text, NumberStyles.Float, CultureInfo.InvariantCulture)
                : reader.GetSingle();

        public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) =>
            WriteFloat(writer, value.ToString("R", CultureInfo.InvariantCulture), float.IsFinite(value));
    }
}
