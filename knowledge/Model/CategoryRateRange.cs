namespace CrossBorderBot.Knowledge.Model;

/// <summary>A duty rate range for a product category (min = max when one rate covers the category).</summary>
public sealed record CategoryRateRange
{
    public required string Category { get; init; }

    public decimal Min { get; init; }

    public decimal Max { get; init; }
}
