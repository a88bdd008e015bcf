using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A ranked platform with its score (0–100), the breakdown and reasons in both languages.</summary>
public sealed record PlatformRecommendation(
    Platform Platform,
    decimal Score,
    PlatformScoreBreakdown Breakdown,
    IReadOnlyList<LocalizedText> Reasons,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>The entry requirements that apply to this seller (general ones plus those of its category).</summary>
    public IReadOnlyList<LocalizedText> Requirements { get; init; } = [];
}
