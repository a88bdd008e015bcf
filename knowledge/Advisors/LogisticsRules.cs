namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The thresholds and weights the logistics advisor decides with, named in one place.</summary>
public sealed record LogisticsRules
{
    public static LogisticsRules Default { get; } = new();

    /// <summary>Above this total weight a shipment is freight: express services take at most about 68–70 kg a piece
    /// and charge per kg, while freight is charged per revenue tonne or container.</summary>
    public decimal FreightAboveKg { get; init; } = 70m;

    /// <summary>From this volume a shipment is freight (LCL terminals charge at least 1 m³).</summary>
    public decimal FreightFromCbm { get; init; } = 1m;

    /// <summary>Volume assumed per pallet when only the pallet count is given (a 120 × 100 cm pallet stacked about
    /// 1 m high).</summary>
    public decimal CbmPerPallet { get; init; } = 1.2m;

    /// <summary>Multi-piece express still suits a freight-sized shipment up to this total weight.</summary>
    public decimal MultiPieceExpressUpToKg { get; init; } = 300m;

    /// <summary>Above this declared value (USD) tracking and insurance matter more than a few yuan of postage.</summary>
    public decimal HighValueUsd { get; init; } = 800m;

    /// <summary>Points taken off channels without full tracking when the declared value is high.</summary>
    public decimal UntrackedHighValuePenalty { get; init; } = 30m;

    /// <summary>Weights of cost and speed by urgency, then of tracking and returns.</summary>
    public (decimal Cost, decimal Speed) Economy { get; init; } = (0.55m, 0.15m);

    public (decimal Cost, decimal Speed) Standard { get; init; } = (0.45m, 0.3m);

    public (decimal Cost, decimal Speed) Fast { get; init; } = (0.15m, 0.6m);

    public decimal TrackingWhenHighValue { get; init; } = 0.6m;

    public decimal TrackingWhenNeeded { get; init; } = 0.25m;

    public decimal TrackingOtherwise { get; init; } = 0.05m;

    public decimal ReturnsWhenNeeded { get; init; } = 0.15m;

    /// <summary>Share of the tracking score a channel with partial tracking gets (full tracking gets all of it).</summary>
    public decimal PartialTrackingCredit { get; init; } = 0.5m;

    /// <summary>Share of the returns score a channel with limited returns gets (full returns get all of it).</summary>
    public decimal LimitedReturnsCredit { get; init; } = 0.5m;

    /// <summary>An approximate price is shown as a range this share either side of the estimate.</summary>
    public decimal ApproximatePriceSpread { get; init; } = 0.1m;

    /// <summary>Usable capacity of a 20-foot and a 40-foot high-cube container (m³, kg of cargo).</summary>
    public (decimal Cbm, decimal Kg) Container20 { get; init; } = (28m, 21000m);

    public (decimal Cbm, decimal Kg) Container40 { get; init; } = (68m, 26000m);
}
