using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A channel that can carry the shipment, with its transit time and cost, before scoring.</summary>
internal sealed record LogisticsCandidate(LogisticsChannel Channel, TransitRange Transit, decimal ChargeableKg, decimal? VolumetricKg, decimal Cny, decimal Usd, string? ChargedAs, ChannelRate Rate)
{
    public decimal MeanDays => (Transit.Min + Transit.Max) / 2m;
}
