namespace CrossBorderBot.Charts;

/// <summary>One bar, one area of a stacked bar, or one box of a range chart: a label and its figures.</summary>
public sealed record ChartBar(string Label, double Value, double ValueMax = double.NaN, double CostMin = double.NaN, double CostMax = double.NaN);
