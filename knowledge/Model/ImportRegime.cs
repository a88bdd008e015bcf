namespace CrossBorderBot.Knowledge.Model;

/// <summary>
/// How a market collects duty and import taxes on goods sent from abroad, as a seller must plan for it
/// (logistics/import-regimes.yaml): whether tax moves to checkout for low-value consignments (UK VAT at the point of
/// sale, EU IOSS, Australian vendor collection, Brazil's Remessa Conforme), what carriers charge the buyer for paying
/// on their behalf, the customs value used, and dated duty layers on top of the market's own rates (US Section 301 and
/// temporary surcharges). Markets without an entry use their import rules alone.
/// </summary>
public sealed record ImportRegime
{
    /// <summary>Market id (markets/*.yaml); <c>eu</c> also serves EU countries without an entry of their own.</summary>
    public required string Market { get; init; }

    /// <summary>Who pays what, when and how, in one or two sentences.</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>The same for a shipment to a business that imports it for its business (B2B), where the consumer
    /// rules of <see cref="Summary"/> (tax at checkout) do not apply; null when the market's entry has none.</summary>
    public LocalizedText? BusinessBuyerSummary { get; init; }

    public CheckoutCollection? Checkout { get; init; }

    /// <summary>What carriers charge the buyer for advancing duty and tax (a handling, brokerage or disbursement fee).</summary>
    public DoorFee? DoorFee { get; init; }

    /// <summary><c>cif</c> (goods + freight + insurance; most markets) or <c>fob</c> (goods only; US, Canada).</summary>
    public string CustomsValue { get; init; } = "cif";

    /// <summary>When the import VAT/GST rate depends on the province or state, the range of rates that can apply.</summary>
    public VatRateRange? VatRange { get; init; }

    /// <summary>True when the tax is computed "by the inside" (Brazil's ICMS: rate / (1 − rate) of the base).</summary>
    public bool VatInclusive { get; init; }

    /// <summary>Duty rates by category that replace the market's own table (e.g. US general MFN rates, to which
    /// <see cref="DutyLayers"/> add Section 301 and surcharges).</summary>
    public IReadOnlyList<CategoryDuty> BaseDutyByCategory { get; init; } = [];

    public decimal? BaseDutyPercent { get; init; }

    /// <summary>Extra duties charged on top of the base rate, each in force for dated periods.</summary>
    public IReadOnlyList<DutyLayer> DutyLayers { get; init; } = [];

    /// <summary>Duty brackets by value that replace the base rate when the tax is collected at checkout (Brazil).</summary>
    public IReadOnlyList<DutyBracket> CheckoutDutyBrackets { get; init; } = [];

    /// <summary>A single rate charged on the part of the value above the duty-free threshold, covering duty and tax
    /// together (Russia's personal parcels); no separate VAT is charged.</summary>
    public decimal? UnifiedRateOnExcessPercent { get; init; }

    public IReadOnlyList<LocalizedText> Notes { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly Reviewed { get; init; }
}
