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
}
