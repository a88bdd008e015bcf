namespace CrossBorderBot.Knowledge.Model;

/// <summary>A marketplace or own-store option (platforms/<id>.yaml).</summary>
public sealed record Platform
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }

    public required PlatformClassification Classification { get; init; }

    public PaperTable1Reference? PaperTable1 { get; init; }

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public required PlatformFees Fees { get; init; }

    public IReadOnlyList<FulfilmentService> Fulfilment { get; init; } = [];

    public IReadOnlyList<LocalizedText> EntryRequirements { get; init; } = [];

    /// <summary>
    /// Goods the platform prohibits or restricts (per store). Kept apart from the entry requirements because they
    /// concern only sellers of those goods: questions find them, a platform result for other goods does not show them.
    /// </summary>
    public IReadOnlyList<LocalizedText> RestrictedProducts { get; init; } = [];

    public IReadOnlyList<LocalizedText> Strengths { get; init; } = [];

    public IReadOnlyList<LocalizedText> Risks { get; init; } = [];

    public required PlatformFit Fit { get; init; }

    public PlatformEligibility? Eligibility { get; init; }

    /// <summary>Where buyers go to this platform first (the reference marketplace of a market or category).</summary>
    public IReadOnlyList<ReferenceMarket> ReferenceMarkets { get; init; } = [];

    /// <summary>Entry requirements that apply only to some categories; shown only to sellers in them.</summary>
    public IReadOnlyList<CategoryRequirement> CategoryRequirements { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly Reviewed { get; init; }
}
