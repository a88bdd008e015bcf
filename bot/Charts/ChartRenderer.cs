using ScottPlot;

namespace CrossBorderBot.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as a PNG with ScottPlot: boxes of transit days against cost, score bars, or one
/// stacked breakdown bar. Returns null when the chart's text needs a font this machine lacks.
/// </summary>
public sealed class ChartRenderer
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#2B6CB0"), Color.FromHex("#DD6B20"), Color.FromHex("#38A169"), Color.FromHex("#805AD5"),
        Color.FromHex("#D53F8C"), Color.FromHex("#319795"), Color.FromHex("#B7791F"), Color.FromHex("#718096"),
    ];

    // The fonts are found at the first chart, not when the bot is built: finding them opens font files with SkiaSharp
    // (its native library, ScottPlot's font registry), which the first reply, and a bot whose channel never gets
    // charts, does not need.
    private readonly Lazy<ChartFonts> _fonts;

    public ChartRenderer(ChartFonts fonts)
        : this(() => fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
    }

    public ChartRenderer(Func<ChartFonts> fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _fonts = new Lazy<ChartFonts>(fonts, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public byte[]? Render(ChartSpec spec, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Bars.Count == 0)
        {
            return null;
        }

        var fonts = _fonts.Value;
        if (!fonts.CanDraw(spec.DrawnText))
        {
            return null;
        }

        var plot = new Plot();
        if (fonts.FontName is { } font)
        {
            plot.Font.Set(font);
        }

        plot.Title(spec.Title);
        plot.XLabel(spec.XLabel);
        plot.YLabel(spec.YLabel);
        switch (spec.Kind)
        {
            case ChartKind.Ranges:
                DrawRanges(plot, spec, fonts.FontName);
                break;
            case ChartKind.Scores:
                DrawScores(plot, spec);
                break;
            default:
                DrawBreakdown(plot, spec);
                break;
        }

        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static void DrawRanges(Plot plot, ChartSpec spec, string? font)
    {
        for (var i = 0; i < spec.Bars.Count; i++)
        {
            var bar = spec.Bars[i];
            var color = Palette[i % Palette.Length];

            // A single figure (3 days, $5) is drawn as a narrow box so it stays visible.
            var (x1, x2) = Widen(bar.Value, double.IsNaN(bar.ValueMax) ? bar.Value : bar.ValueMax, 0.3);
            var (y1, y2) = Widen(bar.CostMin, double.IsNaN(bar.CostMax) ? bar.CostMin : bar.CostMax, 0.2);
            var box = plot.Add.Rectangle(x1, x2, y1, y2);
            box.FillStyle.Color = color.WithAlpha(0.35);
            box.LineStyle.Color = color;
            box.LineStyle.Width = 2;
            var label = plot.Add.Text($"{i + 1}. {bar.Label}", x1, y2);
            label.LabelFontSize = 13;
            label.LabelFontColor = color.Darken(0.3);
            label.LabelAlignment = Alignment.LowerLeft;
            if (font is not null)
            {
                label.LabelFontName = font;
            }
        }

        plot.Axes.Margins(0.15, 0.2);
    }

    private static void DrawScores(Plot plot, ChartSpec spec)
    {
        var bars = spec.Bars.Select((bar, i) => new Bar
        {
            Position = spec.Bars.Count - i,
            Value = bar.Value,
            FillColor = Palette[i % Palette.Length],
            Label = bar.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plotted.ValueLabelStyle.FontSize = 13;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. bars.Select(b => b.Position)], [.. spec.Bars.Select(b => b.Label)]);
        plot.Axes.SetLimitsX(0, 105);
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    private static void DrawBreakdown(Plot plot, ChartSpec spec)
    {
        var start = 0.0;
        var bars = new List<Bar>();
        for (var i = 0; i < spec.Bars.Count; i++)
        {
            var part = spec.Bars[i];
            bars.Add(new Bar { Position = 0, ValueBase = start, Value = start + part.Value, FillColor = Palette[i % Palette.Length] });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = part.Label, FillColor = Palette[i % Palette.Length] });
            start += part.Value;
        }

        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0], [string.Empty]);
        plot.Axes.SetLimitsX(0, Math.Max(start * 1.05, 1));
        plot.ShowLegend(Edge.Bottom);
    }

    private static (double Low, double High) Widen(double low, double high, double minimum) =>
        high - low >= minimum ? (low, high) : ((low + high - minimum) / 2, (low + high + minimum) / 2);
}
