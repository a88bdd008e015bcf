using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Reads the recognizer's typed entities for pre-filling a guide: the first mention of each kind, since "2kg of
/// shoes to Germany" names each thing once.
/// </summary>
public static class GuideEntities
{
    public static decimal? WeightKg(MessageEntities? entities) =>
        entities?.Weights.FirstOrDefault(w => w.Kilograms > 0)?.Kilograms;

    /// <summary>The first amount of money and its ISO currency, or null.</summary>
    public static (decimal Amount, string Currency)? Money(MessageEntities? entities) =>
        entities?.Money.FirstOrDefault(m => m.Currency.Length == 3) is { } money ? (money.Amount, money.Currency.ToUpperInvariant()) : null;

    /// <summary>The first country code or, when no country was named, the first region id.</summary>
    public static string? Location(MessageEntities? entities) => entities?.FirstLocation;

    public static string? Category(MessageEntities? entities) => entities?.Categories.FirstOrDefault()?.Id;

    public static string? IssueType(MessageEntities? entities) => entities?.IssueTypes.FirstOrDefault()?.Id;
}
