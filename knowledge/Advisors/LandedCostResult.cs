using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Duty, VAT/GST and fees of a shipment in the market's currency, and who pays them at the door.</summary>
public sealed record LandedCostResult
{
    public required Market Market { get; init; }

    public required DateOnly AsOf { get; init; }

    public required Money GoodsValue { get; init; }

    public required Money Shipping { get; init; }

    public required decimal DutyPercent { get; init; }

    public required IReadOnlyList<LandedCostLine> Lines { get; init; }

    public required Money TaxesAndFees { get; init; }

    /// <summary>Goods + shipping + taxes and fees.</summary>
    public required Money LandedCost { get; init; }

    public required Money LandedCostUsd { get; init; }

    public required Incoterm Terms { get; init; }

    /// <summary>What the buyer pays at delivery (0 under DDP).</summary>
    public required Money PaidAtDoor { get; init; }

    public required LocalizedText TermsNote { get; init; }

    /// <summary>Always true: rates and exchange rates are approximate.</summary>
    public bool Approximate { get; init; } = true;

    public IReadOnlyList<string> SourceIds { get; init; } = [];
}
