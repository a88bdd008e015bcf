namespace CrossBorderBot.Knowledge.Model;

/// <summary>A country (geography.yaml), by lower-case ISO 3166-1 alpha-2 code.</summary>
public sealed record Country
{
    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedTerms? Aliases { get; init; }

    public required string Region { get; init; }

    public bool Eu { get; init; }
}
