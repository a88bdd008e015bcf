using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A channel that can carry the parcel, with estimated days and cost (CNY and USD) and the reasons.</summary>
public sealed record ChannelRecommendation
{
    public required LogisticsChannel Channel { get; init; }

    /// <summary>0–100; higher is a better fit for the stated needs.</summary>
    public required decimal Score { get; init; }

    /// <summary>The weight charged: the larger of actual and volumetric weight, at least the channel minimum.</summary>
    public required decimal ChargeableWeightKg { get; init; }

    public decimal? VolumetricWeightKg { get; init; }

    public required ValueRange Days { get; init; }

    public required ValueRange CostCny { get; init; }

    public required ValueRange CostUsd { get; init; }

    /// <summary>True when the prices are approximate (the range then spreads ±10% around the computed cost).</summary>
    public bool Approximate { get; init; }

    public required IReadOnlyList<LocalizedText> Reasons { get; init; }

    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>Freight: what is charged — revenue tonnes ("3.2 W/M") or containers ("1 × 40' HC").</summary>
    public string? ChargedAs { get; init; }

    /// <summary>The rate row of the channel's price list the cost was computed with (the destination's, most specific first).</summary>
    public ChannelRate? Rate { get; init; }
}
