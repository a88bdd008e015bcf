using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The readiness assessment: per-dimension scores, the weighted overall score and level, and the roadmap.</summary>
public sealed record ReadinessResult
{
    public required IReadOnlyList<DimensionScore> Dimensions { get; init; }

    public required decimal OverallScore { get; init; }

    public required ReadinessLevel Level { get; init; }

    public required IReadOnlyList<RoadmapItem> Roadmap { get; init; }

    public IReadOnlyList<string> UnansweredQuestions { get; init; } = [];

    public IReadOnlyList<string> SourceIds { get; init; } = [];
}
