namespace CrossBorderBot.Knowledge.Model;

/// <summary>Kind of compliance item.</summary>
public enum ComplianceKind
{
    Mark,
    Registration,
    Epr,
    TaxScheme,
    ResponsiblePerson,

    /// <summary>A tariff, import ban or detention rule (e.g. Section 301, UFLPA).</summary>
    TradeMeasure,

    /// <summary>A product design, testing, packaging or due-diligence requirement (e.g. PPWR, toy safety).</summary>
    ProductRequirement,

    /// <summary>A duty placed on marketplaces that reaches their sellers (e.g. DSA trader traceability).</summary>
    PlatformObligation,

    /// <summary>A tax reporting, rebate or collection rule for exporters (e.g. China's export VAT rebates).</summary>
    TaxRule,
}
