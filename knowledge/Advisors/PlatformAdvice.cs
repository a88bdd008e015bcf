using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Eligible platforms ranked by score, the ones excluded and why, and one line on which fits best.</summary>
public sealed record PlatformAdvice(
    IReadOnlyList<PlatformRecommendation> Ranked,
    IReadOnlyList<ExcludedPlatform> Excluded,
    LocalizedText? Verdict)
{
    /// <summary>Conditional options: platforms that would rank among the best if a condition the seller has not
    /// confirmed holds (e.g. handmade goods), with that condition.</summary>
    public IReadOnlyList<LocalizedText> Notes { get; init; } = [];
}
