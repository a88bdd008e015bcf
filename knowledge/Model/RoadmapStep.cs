namespace CrossBorderBot.Knowledge.Model;

/// <summary>A roadmap step suggested by weak answers.</summary>
public sealed record RoadmapStep
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Detail { get; init; }

    public int Priority { get; init; }

    public IReadOnlyList<string> Playbooks { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];
}
