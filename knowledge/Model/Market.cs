namespace CrossBorderBot.Knowledge.Model;

/// <summary>A destination market with its import rules (markets/<id>.yaml).</summary>
public sealed record Market
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }

    public required string Region { get; init; }

    public required string Currency { get; init; }

    public required VatInfo Vat { get; init; }

    public decimal DefaultDutyPercent { get; init; }

    public IReadOnlyList<CategoryDuty> DutyByCategory { get; init; } = [];

    public IReadOnlyList<ImportRule> ImportRules { get; init; } = [];

    public IReadOnlyList<string> Compliance { get; init; } = [];

    public IReadOnlyList<string> TaxSchemes { get; init; } = [];

    public IReadOnlyList<LocalizedText> CustomsDocuments { get; init; } = [];

    public IReadOnlyList<LocalizedText> Notes { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Shown to users with this entry: what could not be re-verified, and since when (null when all was checked).</summary>
    public LocalizedText? Caveat { get; init; }

    public DateOnly Reviewed { get; init; }
}
