namespace CrossBorderBot.Knowledge.Model;

/// <summary>A product category (categories.yaml).</summary>
public sealed record Category
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedTerms? Keywords { get; init; }

    public IReadOnlyList<int> HsChapters { get; init; } = [];
}
