using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Reads enums written as kebab-case, snake_case or upper case ("contained-only", "customs_hold", "B2C")
/// and writes them kebab-case.</summary>
internal sealed class KebabCaseEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    internal static string Normalize(string value) =>
        value.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> Values =
            Enum.GetValues<T>().ToDictionary(v => Normalize(v.ToString()), v => v, StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? string.Empty;
            return Values.TryGetValue(Normalize(text), out var value)
                ? value
                : throw new JsonException($"'{text}' is not a valid {typeof(T).Name}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));
    }
}
