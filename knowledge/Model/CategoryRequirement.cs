namespace CrossBorderBot.Knowledge.Model;

/// <summary>An entry requirement that applies only to some categories (e.g. textile labelling for apparel).</summary>
public sealed record CategoryRequirement
{
    public IReadOnlyList<string> Categories { get; init; } = [];

    public required LocalizedText Text { get; init; }
}
