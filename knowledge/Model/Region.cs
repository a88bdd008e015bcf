namespace CrossBorderBot.Knowledge.Model;

/// <summary>A region of the world (geography.yaml).</summary>
public sealed record Region
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedTerms? Aliases { get; init; }
}
