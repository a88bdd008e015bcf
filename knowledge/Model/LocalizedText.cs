using System.Text.Json.Serialization;

namespace CrossBorderBot.Knowledge.Model;

/// <summary>A text in English and Simplified Chinese; both are always present.</summary>
public sealed record LocalizedText
{
    public required string En { get; init; }

    [JsonPropertyName("zh-CN")]
    public required string ZhCn { get; init; }

    /// <summary>The text in <paramref name="language"/> (anything starting with "zh" is Chinese, else English).</summary>
    public string Get(string? language) => KnowledgeLanguage.IsChinese(language) ? ZhCn : En;

    public static LocalizedText Of(string en, string zhCn) => new() { En = en, ZhCn = zhCn };

    public override string ToString() => En;
}
