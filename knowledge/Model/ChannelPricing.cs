namespace CrossBorderBot.Knowledge.Model;

/// <summary>How a channel charges.</summary>
public sealed record ChannelPricing
{
    public bool Approximate { get; init; }

    public required string Currency { get; init; }

    public decimal? VolumetricDivisor { get; init; }

    public decimal MinChargeableKg { get; init; }

    public IReadOnlyList<ChannelRate> Rates { get; init; } = [];

    public LocalizedText? Notes { get; init; }
}
