namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The shipment as a whole: mode, volume and weight per piece.</summary>
internal sealed record LogisticsShipment(ShipmentMode Mode, decimal? VolumeCbm, decimal PieceKg, decimal TotalKg)
{
    public static LogisticsShipment Of(LogisticsAdvisorInput input, LogisticsRules rules)
    {
        var pieces = Math.Max(1, input.Cartons ?? 1);
        var volume = input.VolumeCbm
            ?? (input.DimensionsCm is { } d && input.Cartons is > 1 ? Math.Round(d.VolumeCm3 * pieces / 1_000_000m, 3) : (decimal?)null)
            ?? (input.Pallets is > 0 ? input.Pallets * rules.CbmPerPallet : null)
            ?? (input.DimensionsCm is { } single ? Math.Round(single.VolumeCm3 / 1_000_000m, 4) : null);
        var freight = input.WeightKg > rules.FreightAboveKg || volume >= rules.FreightFromCbm || input.Pallets > 0;
        return new LogisticsShipment(freight ? ShipmentMode.Freight : ShipmentMode.Parcel, volume, input.WeightKg / pieces, input.WeightKg);
    }

    /// <summary>Revenue tonnes ("weight or measure"): the larger of the volume and the weight / kg per m³.</summary>
    public decimal RevenueTonnes(decimal kgPerCbm) =>
        Math.Round(Math.Max(VolumeCbm ?? 0m, TotalKg / (kgPerCbm > 0 ? kgPerCbm : 1000m)), 2);
}
