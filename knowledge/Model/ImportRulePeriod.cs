namespace CrossBorderBot.Knowledge.Model;

/// <summary>A period in which an import rule had one value; `To` is inclusive, null = open.</summary>
public sealed record ImportRulePeriod
{
    public DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    public Money? ExemptUpTo { get; init; }

    public ImportFixedFee? FixedFee { get; init; }

    /// <summary>The rule applies only to goods worth at most this much (the EU's €3 flat duty: parcels up to €150).</summary>
    public Money? AppliesUpTo { get; init; }

    public LocalizedText? Note { get; init; }
}
