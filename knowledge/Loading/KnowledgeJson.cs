using System.Text.Json;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Serializer options matching the data format (camelCase keys, kebab-case enum values).</summary>
internal static class KnowledgeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        Converters = { new KebabCaseEnumConverter() },
    };
}
