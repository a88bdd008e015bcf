namespace CrossBorderBot.Knowledge.Model;

/// <summary>A fixed platform fee.</summary>
public sealed record PlatformFixedFee
{
    public required LocalizedText Name { get; init; }

    public required Money Amount { get; init; }

    public FeePeriod Per { get; init; }
}
