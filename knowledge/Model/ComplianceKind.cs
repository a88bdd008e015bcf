namespace CrossBorderBot.Knowledge.Model;

/// <summary>Kind of compliance item.</summary>
public enum ComplianceKind
{
    Mark,
    Registration,
    Epr,
    TaxScheme,
    ResponsiblePerson,
}
