using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The one reading of the logistics guide's answers as the advisor's input, shared by the result and its explanation
/// so that "why is X first?" explains the ranking shown. Unanswered questions read as the guide's defaults.
/// </summary>
public static class LogisticsAdvisorInputs
{
    public static LogisticsAdvisorInput From(LogisticsAnswers answers, int maxResults) => new()
    {
        WeightKg = answers.ShipmentWeightKg() ?? 0.1m,
        Cartons = answers.Cartons,
        DimensionsCm = answers.Size is { Skipped: false } size ? new ParcelDimensions(size.LengthCm, size.WidthCm, size.HeightCm) : null,
        DeclaredValue = new Money { Amount = answers.ValueAmount ?? 0m, Currency = answers.ValueCurrency ?? "USD" },
        Destination = answers.Destination ?? "global",
        Urgency = answers.Urgency ?? ShippingUrgency.Standard,
        NeedsTracking = answers.NeedsTracking == true,
        NeedsReturns = answers.NeedsReturns == true,
        ContainsBatteries = answers.Goods is ParcelGoods.Batteries or ParcelGoods.Both,
        ContainsLiquids = answers.Goods is ParcelGoods.Liquids or ParcelGoods.Both,
        MaxResults = maxResults,
        SellsOn = answers.SellsOn ?? [],
    };
}
