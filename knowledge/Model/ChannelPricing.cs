namespace CrossBorderBot.Knowledge.Model;

/// <summary>How a channel charges.</summary>
public sealed record ChannelPricing
{
    public bool Approximate { get; init; }

    public required string Currency { get; init; }

    public decimal? VolumetricDivisor { get; init; }

    public decimal MinChargeableKg { get; init; }

    /// <summary>Freight charged per revenue tonne ("weight or measure"): a cubic metre counts as this many kg, and the
    /// larger of volume and weight / this is charged (sea 1000, rail and road often 500 or 333).</summary>
    public decimal KgPerCbm { get; init; } = 1000m;

    /// <summary>Freight: the smallest volume charged (LCL terminals charge at least 1 m³).</summary>
    public decimal MinChargeableCbm { get; init; }

    public IReadOnlyList<ChannelRate> Rates { get; init; } = [];

    public LocalizedText? Notes { get; init; }
}
