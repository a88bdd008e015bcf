using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The parcel or freight shipment and the shipper's needs. Weight is the total of the shipment; the advisor
/// treats it as freight when the weight, volume or pallets say so (see <see cref="LogisticsRules"/>).</summary>
public sealed record LogisticsAdvisorInput
{
    public required decimal WeightKg { get; init; }

    public ParcelDimensions? DimensionsCm { get; init; }

    public required Money DeclaredValue { get; init; }

    /// <summary>Country code, region id, or a country/region name or alias in either language.</summary>
    public required string Destination { get; init; }

    public ShippingUrgency Urgency { get; init; } = ShippingUrgency.Standard;

    public bool NeedsTracking { get; init; }

    public bool NeedsReturns { get; init; }

    public bool ContainsBatteries { get; init; }

    public bool ContainsLiquids { get; init; }

    /// <summary>True when the seller already keeps (or plans to keep) stock in the destination market, so warehouse
    /// and platform-fulfilment channels deliver from there. When false they are listed after the channels that ship
    /// from China: their days and costs cover only the local delivery, not the head haul.</summary>
    public bool HasStockInMarket { get; init; }

    /// <summary>Platform ids the seller sells on, when known. A channel that carries only one marketplace's orders
    /// (Cainiao's AliExpress shipping) is offered only to a seller on that marketplace.</summary>
    public IReadOnlyList<string> SellsOn { get; init; } = [];

    public int MaxResults { get; init; } = 10;

    /// <summary>Total volume of the shipment in m³ (freight); when null it comes from dimensions × cartons or pallets.</summary>
    public decimal? VolumeCbm { get; init; }

    /// <summary>Number of cartons; <see cref="DimensionsCm"/> and the weight are then per carton × this count for the
    /// volume, and the weight per piece is the total weight / cartons.</summary>
    public int? Cartons { get; init; }

    public int? Pallets { get; init; }

    /// <summary>Batteries packed alone (power banks, spare cells: UN3480/UN3090) rather than in or with a device.</summary>
    public bool LooseBatteries { get; init; }

    /// <summary>Category id or HS code, for the landed cost.</summary>
    public string? Category { get; init; }

    public string? HsCode { get; init; }

    /// <summary>The shipment date whose import rules apply; when null no landed cost is estimated.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>True when the seller or its marketplace charges the destination's tax at checkout (EU IOSS, UK VAT,
    /// Australian GST, Remessa Conforme); null assumes the destination's usual case.</summary>
    public bool? TaxCollectedAtCheckout { get; init; }

    public Incoterm Terms { get; init; } = Incoterm.Ddu;
}
