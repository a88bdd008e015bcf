namespace CrossBorderBot.Knowledge.Model;

/// <summary>Transit days to a destination (`to`: country, region, eu or default).</summary>
public sealed record TransitRange
{
    public required string To { get; init; }

    public decimal Min { get; init; }

    public decimal Max { get; init; }
}
