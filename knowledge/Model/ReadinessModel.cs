namespace CrossBorderBot.Knowledge.Model;

/// <summary>The readiness model (readiness.yaml).</summary>
public sealed record ReadinessModel
{
    public IReadOnlyList<ReadinessDimension> Dimensions { get; init; } = [];

    public IReadOnlyList<ReadinessQuestion> Questions { get; init; } = [];

    public IReadOnlyList<ReadinessLevel> Levels { get; init; } = [];

    public IReadOnlyList<RoadmapStep> RoadmapSteps { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly Reviewed { get; init; }
}
