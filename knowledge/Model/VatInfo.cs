namespace CrossBorderBot.Knowledge.Model;

/// <summary>VAT/GST/sales tax applied on import.</summary>
public sealed record VatInfo
{
    public required LocalizedText Name { get; init; }

    public decimal StandardRatePercent { get; init; }
}
