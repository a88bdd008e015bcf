namespace CrossBorderBot.Knowledge.Model;

/// <summary>A period in which an import rule had one value; `To` is inclusive, null = open.</summary>
public sealed record ImportRulePeriod
{
    public DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    public Money? ExemptUpTo { get; init; }

    public ImportFixedFee? FixedFee { get; init; }

    public LocalizedText? Note { get; init; }
}
