using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A shipment to price: market (id, country code or name), goods value, shipping cost, category or HS
/// chapter, terms and the date whose rules apply.</summary>
public sealed record LandedCostInput
{
    public required string Market { get; init; }

    public required Money DeclaredValue { get; init; }

    public Money? ShippingCost { get; init; }

    /// <summary>Category id (categories.yaml); when null, <see cref="HsChapter"/> or the market's default duty is used.</summary>
    public string? Category { get; init; }

    public int? HsChapter { get; init; }

    /// <summary>HS code (4 digits or more) when known: duty layers listed by heading use it.</summary>
    public string? HsCode { get; init; }

    /// <summary>True when the seller or its marketplace charges the destination's tax at checkout (EU IOSS, UK VAT,
    /// Australian GST, Remessa Conforme); false when not; null assumes the destination's usual case.</summary>
    public bool? TaxCollectedAtCheckout { get; init; }

    public Incoterm Terms { get; init; } = Incoterm.Ddu;

    public required DateOnly AsOf { get; init; }

    /// <summary>Number of items in the parcel (per-item fees).</summary>
    public int Items { get; init; } = 1;

    /// <summary>True for a B2B shipment whose buyer imports it as a business (freight on FOB/CIF/DAP terms).</summary>
    public bool BuyerIsBusiness { get; init; }
}
