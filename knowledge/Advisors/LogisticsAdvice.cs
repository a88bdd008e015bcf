namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Channels ranked for a parcel, and the ones excluded with their reason.</summary>
public sealed record LogisticsAdvice(
    ResolvedLocation Destination,
    IReadOnlyList<ChannelRecommendation> Recommendations,
    IReadOnlyList<ExcludedChannel> Excluded,
    IReadOnlyList<Model.LocalizedText> Notes);
