namespace CrossBorderBot.Knowledge.Model;

/// <summary>The range of import VAT/GST rates that can apply, and why (province, state).</summary>
public sealed record VatRateRange
{
    public decimal Min { get; init; }

    public decimal Max { get; init; }

    public required LocalizedText Reason { get; init; }
}
