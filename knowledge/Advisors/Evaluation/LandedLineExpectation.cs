namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>A landed-cost line that must exist: its kind (<c>duty</c>, <c>vat</c>, <c>fee</c>), how it is collected
/// (<c>at-import</c>, <c>point-of-sale</c>, <c>ioss</c>, <c>not-due</c>) and bounds on its amount (market currency;
/// a line stated as a range must lie wholly inside the bounds).</summary>
public sealed class LandedLineExpectation
{
    public string Kind { get; set; } = string.Empty;

    public string? Collection { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }
}
