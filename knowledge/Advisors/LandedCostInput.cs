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

    public Incoterm Terms { get; init; } = Incoterm.Ddu;

    public required DateOnly AsOf { get; init; }

    /// <summary>Number of items in the parcel (per-item fees).</summary>
    public int Items { get; init; } = 1;
}
