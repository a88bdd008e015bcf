namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// One more product or parcel named in the same request as the first ("shoes and toys", "a 2 kg and a 5 kg parcel"):
/// its category and its weight, either unknown (null) when the request did not say it separately, and the words the user
/// typed for it ("power banks"), so the product is named back as they said it, not only by its category.
/// </summary>
public sealed record LogisticsProduct(string? Category, decimal? WeightKg, string? Words = null);
