namespace CrossBorderBot.Knowledge.Model;

/// <summary>A rate of a channel to a destination: per-parcel + per-kg, or first/step weight.</summary>
public sealed record ChannelRate
{
    public required string To { get; init; }

    public decimal? PerParcel { get; init; }

    public decimal? PerKg { get; init; }

    public decimal? FirstKg { get; init; }

    public decimal? FirstPrice { get; init; }

    public decimal? StepKg { get; init; }

    public decimal? StepPrice { get; init; }

    /// <summary>Freight: price per revenue tonne (m³ or weight / <see cref="ChannelPricing.KgPerCbm"/>).</summary>
    public decimal? PerCbm { get; init; }

    /// <summary>Full-container freight: price of a 20-foot and of a 40-foot high-cube container.</summary>
    public decimal? PerContainer20 { get; init; }

    public decimal? PerContainer40 { get; init; }
}
