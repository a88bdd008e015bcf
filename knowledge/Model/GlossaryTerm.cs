namespace CrossBorderBot.Knowledge.Model;

/// <summary>A glossary term.</summary>
public sealed record GlossaryTerm
{
    public required string Id { get; init; }

    public required LocalizedText Term { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required LocalizedText Definition { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly Reviewed { get; init; }
}
