namespace CrossBorderBot.Charts;

/// <summary>A chart to draw: its kind, title, axis labels, items, and the alt text that tells the same in words.</summary>
public sealed record ChartSpec(ChartKind Kind, string Title, string XLabel, string YLabel, IReadOnlyList<ChartBar> Bars, string AltText)
{
    /// <summary>Every text drawn on the chart (to check the font can draw it).</summary>
    public string DrawnText => string.Join(" ", Bars.Select(b => b.Label).Prepend(YLabel).Prepend(XLabel).Prepend(Title));
}
