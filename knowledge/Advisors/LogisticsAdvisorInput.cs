using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The parcel and the shipper's needs.</summary>
public sealed record LogisticsAdvisorInput
{
    public required decimal WeightKg { get; init; }

    public ParcelDimensions? DimensionsCm { get; init; }

    public required Money DeclaredValue { get; init; }

    /// <summary>Country code, region id, or a country/region name or alias in either language.</summary>
    public required string Destination { get; init; }

    public ShippingUrgency Urgency { get; init; } = ShippingUrgency.Standard;

    public bool NeedsTracking { get; init; }

    public bool NeedsReturns { get; init; }

    public bool ContainsBatteries { get; init; }

    public bool ContainsLiquids { get; init; }

    /// <summary>True when the seller already keeps (or plans to keep) stock in the destination market, so warehouse
    /// and platform-fulfilment channels deliver from there. When false they are listed after the channels that ship
    /// from China: their days and costs cover only the local delivery, not the head haul.</summary>
    public bool HasStockInMarket { get; init; }

    public int MaxResults { get; init; } = 10;
}
