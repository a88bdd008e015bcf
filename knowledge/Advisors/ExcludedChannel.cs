using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A channel that cannot carry the parcel, and why.</summary>
public sealed record ExcludedChannel(LogisticsChannel Channel, LocalizedText Reason);
