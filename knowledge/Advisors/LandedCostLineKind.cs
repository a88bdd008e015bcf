namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The kind of charge of a landed-cost line.</summary>
public enum LandedCostLineKind
{
    Duty,
    Vat,
    Fee,
}
