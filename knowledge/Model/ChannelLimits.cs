namespace CrossBorderBot.Knowledge.Model;

/// <summary>Size and weight limits of a channel.</summary>
public sealed record ChannelLimits
{
    public decimal? MaxWeightKg { get; init; }

    public decimal? MaxLengthCm { get; init; }

    public decimal? MaxSumOfSidesCm { get; init; }

    /// <summary>Freight: the smallest shipment the service is sensible for (below it a parcel service is cheaper).</summary>
    public decimal? MinWeightKg { get; init; }

    public decimal? MinVolumeCbm { get; init; }

    /// <summary>Freight: the largest shipment one booking takes (e.g. LCL above ~15 m³ goes FCL).</summary>
    public decimal? MaxVolumeCbm { get; init; }
}
