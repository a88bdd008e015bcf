namespace CrossBorderBot.Knowledge.Model;

/// <summary>A percentage range.</summary>
public sealed record PercentRange
{
    public decimal Min { get; init; }

    public decimal Max { get; init; }
}
