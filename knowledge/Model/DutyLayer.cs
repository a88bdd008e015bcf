namespace CrossBorderBot.Knowledge.Model;

/// <summary>An extra duty on top of the base rate (US Section 301, a temporary surcharge), with its rate by HS
/// heading where known, else by category as a range, and the dated periods it is in force.</summary>
public sealed record DutyLayer
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public IReadOnlyList<DutyLayerPeriod> Periods { get; init; } = [];

    /// <summary>Rates by 4-digit HS heading where the whole heading falls in one list.</summary>
    public IReadOnlyList<HsHeadingRate> ByHsHeading { get; init; } = [];

    /// <summary>Rates by category, as a range when the category spans lists.</summary>
    public IReadOnlyList<CategoryRateRange> ByCategory { get; init; } = [];

    /// <summary>The rate (or range) when neither the heading nor the category is known; a period's rate wins.</summary>
    public PercentRange? Default { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}
