namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// Every number the platform advisor scores with, in one place. The maxima add up to 100 (market 25, category 20,
/// buyer traffic 20, budget 15, experience 10, brand 10); penalties come off for entry hurdles the platform's own
/// terms set. Eligibility rules (business model, markets, handmade-only, brands-only) exclude rather than score.
/// </summary>
public sealed record PlatformScoringWeights
{
    public static PlatformScoringWeights Default { get; } = new();

    /// <summary>Full marks when the platform sells to every target market (partly covered regions count pro rata).</summary>
    public decimal Market { get; init; } = 25m;

    /// <summary>The category is among the platform's strong categories.</summary>
    public decimal Category { get; init; } = 20m;

    /// <summary>A general store without a category focus, or no category given.</summary>
    public decimal CategoryGeneral { get; init; } = 10m;

    /// <summary>The platform is where buyers of this market (and category) go first.</summary>
    public decimal ReferenceMarketplace { get; init; } = 20m;

    /// <summary>A marketplace with buyers of its own, but not the reference one.</summary>
    public decimal OtherMarketplace { get; init; } = 5m;

    /// <summary>Scaled by the share of the platform's minimum monthly budget the seller can spend.</summary>
    public decimal Budget { get; init; } = 15m;

    /// <summary>A budget shortfall of this many USD a month (or of the platform's whole minimum, if larger) takes all
    /// budget points: being $100 short of a $100 platform is not as bad as being $1,000 short of a $1,000 one.</summary>
    public decimal BudgetShortfallScaleUsd { get; init; } = 1000m;

    public decimal Experience { get; init; } = 10m;

    /// <summary>A first-time seller on a platform that is not beginner-friendly; some experience on such a platform.</summary>
    public decimal ExperienceNoneDemanding { get; init; } = 3m;

    public decimal ExperienceSomeDemanding { get; init; } = 7m;

    /// <summary>Brand points: a brand where brands count (with the trademark its programme needs), and so on down.</summary>
    public decimal BrandOnHighValue { get; init; } = 10m;

    public decimal BrandWithoutTrademarkOnHighValue { get; init; } = 6m;

    public decimal BrandOnMediumValue { get; init; } = 7m;

    public decimal BrandOnLowValue { get; init; } = 3m;

    public decimal NoBrandOnHighValue { get; init; } = 3m;

    public decimal NoBrandOnMediumValue { get; init; } = 6m;

    public decimal NoBrandOnLowValue { get; init; } = 10m;

    /// <summary>Handmade-only platform and the seller has not said the goods are their own make or design.</summary>
    public decimal HandmadeUnconfirmedPenalty { get; init; } = 30m;

    public decimal InvitationOnlyPenalty { get; init; } = 8m;

    /// <summary>A platform where a seller from China usually needs a local company or partner (less once experienced:
    /// an experienced seller may already have one or knows how to set it up).</summary>
    public decimal LocalEntityPenalty { get; init; } = 8m;

    public decimal LocalEntityPenaltyExperienced { get; init; } = 3m;

    public decimal CategoryApprovalPenalty { get; init; } = 4m;
}
