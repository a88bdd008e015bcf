namespace CrossBorderBot.Knowledge.Model;

/// <summary>A readiness question.</summary>
public sealed record ReadinessQuestion
{
    public required string Id { get; init; }

    public required string Dimension { get; init; }

    public required LocalizedText Text { get; init; }

    public QuestionType Type { get; init; }

    /// <summary>What a number question counts ("days", "people"), said with the answer; null for other questions.</summary>
    public LocalizedText? Unit { get; init; }

    public IReadOnlyList<ReadinessAnswerOption> Answers { get; init; } = [];

    public IReadOnlyList<ReadinessBand> Bands { get; init; } = [];

    public string? RoadmapStep { get; init; }
}
