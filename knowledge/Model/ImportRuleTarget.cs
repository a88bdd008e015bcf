namespace CrossBorderBot.Knowledge.Model;

/// <summary>Which charge an import rule governs.</summary>
public enum ImportRuleTarget
{
    Duty,
    Vat,
    Fee,
}
