using System.Text.Json.Serialization;

namespace CrossBorderBot.Knowledge.Model;

/// <summary>
/// A text in English and Simplified Chinese; both are always present. A text may name the sources it was written from
/// (<see cref="Sources"/>) when its entry's list holds sources for other parts too, so a reply quoting it cites only those.
/// </summary>
public sealed record LocalizedText
{
    public required string En { get; init; }

    [JsonPropertyName("zh-CN")]
    public required string ZhCn { get; init; }

    /// <summary>The source ids this text alone was written from; null when the entry's own list backs it.</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>The text in <paramref name="language"/> (anything starting with "zh" is Chinese, else English).</summary>
    public string Get(string? language) => KnowledgeLanguage.IsChinese(language) ? ZhCn : En;

    public static LocalizedText Of(string en, string zhCn) => new() { En = en, ZhCn = zhCn };

    // Two texts are the same when they say the same and cite the same (the list compared by content, not by reference).
    public bool Equals(LocalizedText? other) =>
        other is not null && En == other.En && ZhCn == other.ZhCn
        && (Sources is null ? other.Sources is null : other.Sources is not null && Sources.SequenceEqual(other.Sources));

    public override int GetHashCode() => HashCode.Combine(En, ZhCn, Sources?.Count ?? -1);

    public override string ToString() => En;
}
