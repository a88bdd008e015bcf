namespace CrossBorderBot.Knowledge.Model;

/// <summary>One of China's customs export modes (9610, 9710, 9810, 1210).</summary>
public sealed record ExportMode
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }

    public IReadOnlyList<LocalizedText> Suits { get; init; } = [];

    public IReadOnlyList<LocalizedText> Requirements { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly Reviewed { get; init; }
}
