namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// One more product or parcel named in the same request as the first ("shoes and toys", "a 2 kg and a 5 kg parcel"):
/// its category and its weight, either unknown (null) when the request did not say it separately.
/// </summary>
public sealed record LogisticsProduct(string? Category, decimal? WeightKg);
