using System.Text.Json.Serialization;

namespace CrossBorderBot.Knowledge.Model;

/// <summary>Words in both languages (aliases, keywords).</summary>
public sealed record LocalizedTerms
{
    public IReadOnlyList<string> En { get; init; } = [];

    [JsonPropertyName("zh-CN")]
    public IReadOnlyList<string> ZhCn { get; init; } = [];
}
