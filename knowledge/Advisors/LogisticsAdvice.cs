namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Channels ranked for a parcel, and the ones excluded with their reason.</summary>
public sealed record LogisticsAdvice(
    ResolvedLocation Destination,
    IReadOnlyList<ChannelRecommendation> Recommendations,
    IReadOnlyList<ExcludedChannel> Excluded,
    IReadOnlyList<Model.LocalizedText> Notes)
{
    public ShipmentMode Mode { get; init; } = ShipmentMode.Parcel;

    /// <summary>One line: which option fits best and why (null when nothing can carry the shipment).</summary>
    public Model.LocalizedText? Verdict { get; init; }

    /// <summary>Duty, tax and fees of the shipment by the best option, when a date was given and the market is known.</summary>
    public LandedCostResult? LandedCost { get; init; }

    /// <summary>The volume used for freight (m³), given or derived; null for parcels without dimensions.</summary>
    public decimal? VolumeCbm { get; init; }
}
