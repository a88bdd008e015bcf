namespace CrossBorderBot.Knowledge.Model;

/// <summary>Size and weight limits of a channel.</summary>
public sealed record ChannelLimits
{
    public decimal? MaxWeightKg { get; init; }

    public decimal? MaxLengthCm { get; init; }

    public decimal? MaxSumOfSidesCm { get; init; }
}
