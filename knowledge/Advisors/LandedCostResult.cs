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

    /// <summary>Upper end of the taxes and fees when a line is a range; null when exact.</summary>
    public decimal? TaxesAndFeesMax { get; init; }

    /// <summary>Goods + shipping + taxes and fees.</summary>
    public required Money LandedCost { get; init; }

    public required Money LandedCostUsd { get; init; }

    public required Incoterm Terms { get; init; }

    /// <summary>What the buyer pays at delivery (0 under DDP).</summary>
    public required Money PaidAtDoor { get; init; }

    /// <summary>Upper end of what the buyer pays at delivery when a line is a range; null when exact.</summary>
    public decimal? PaidAtDoorMax { get; init; }

    /// <summary>Who pays what, when and how in this market (from the import regime), when known.</summary>
    public LocalizedText? WhoPays { get; init; }

    /// <summary>DDP or DDU for this shipment, following the regime, with the reason.</summary>
    public LocalizedText? TermsAdvice { get; init; }

    /// <summary>True when duty or tax would be collected from the buyer at delivery under DDU.</summary>
    public bool DdpAdvisable { get; init; }

    /// <summary>Further points: how the checkout scheme works, rules past their stated end, what the range depends on.</summary>
    public IReadOnlyList<LocalizedText> Notes { get; init; } = [];

    public required LocalizedText TermsNote { get; init; }

    /// <summary>Always true: rates and exchange rates are approximate.</summary>
    public bool Approximate { get; init; } = true;

    public IReadOnlyList<string> SourceIds { get; init; } = [];
}
