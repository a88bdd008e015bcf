namespace CrossBorderBot.Knowledge.Model;

/// <summary>A challenge named by the reference paper.</summary>
public sealed record PaperChallenge
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }

    public IReadOnlyList<string> Playbooks { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];
}
