namespace CrossBorderBot.Knowledge.Model;

/// <summary>A countermeasure proposed by the reference paper.</summary>
public sealed record PaperCountermeasure
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }

    public IReadOnlyList<string> Addresses { get; init; } = [];

    public IReadOnlyList<string> Playbooks { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];
}
