using CrossBorderBot.Dialogs.Guides;

namespace CrossBorderBot.Charts;

/// <summary>
/// Finds what can be drawn in a guide's result as the user sees it: the logistics guide's ranked channels (days and
/// cost as ranges) and its landed-cost totals, the readiness score per area, the platforms' fit. Tables are recognised
/// by the guides' own column titles, in either language, so the chart always shows the figures of the table beside it.
/// </summary>
public static partial class ResultChartReader
{
    public static IReadOnlyList<ChartSpec> Read(IEnumerable<Reply> replies, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var text = ChartText.For(language);
        var charts = new List<ChartSpec>();
        foreach (var block in replies.SelectMany(reply => reply.Blocks))
        {
            var chart = block switch
            {
                ResultTableBlock table => Channels(table, text) ?? Scores(table, text),
                FactListBlock facts => LandedCost(facts, text),
                _ => null,
            };
            if (chart is not null)
            {
                charts.Add(chart);
            }
        }

        return charts;
    }

    private static ChartSpec? Channels(ResultTableBlock table, ChartText text)
    {
        var guide = new[] { LogisticsGuideText.English, LogisticsGuideText.Chinese }
            .FirstOrDefault(g => table.Columns.Contains(g.DaysColumn) && table.Columns.Contains(g.CostUsdColumn) && table.Columns.Contains(g.ChannelColumn));
        if (guide is null)
        {
            return null;
        }

        var (name, days, cost) = (Index(table, guide.ChannelColumn), Index(table, guide.DaysColumn), Index(table, guide.CostUsdColumn));
        var bars = new List<ChartBar>();
        foreach (var row in table.Rows)
        {
            if (RangeOf(Cell(row, days)) is { } d && RangeOf(Cell(row, cost)) is { } c)
            {
                bars.Add(new ChartBar(Cell(row, name), d.Low, d.High, c.Low, c.High));
            }
        }

        var items = bars.Select((b, i) => BilingualText.Fill(text.RangeItem, i + 1, b.Label, ChartText.Range(b.Value, b.ValueMax), ChartText.Range(b.CostMin, b.CostMax)));
        return bars.Count == 0 ? null : new ChartSpec(ChartKind.Ranges, text.RangesTitle, text.DaysAxis, text.CostAxis, bars,
            BilingualText.Fill(text.RangesAlt, string.Join(text.Separator, items)));
    }

    private static ChartSpec? Scores(ResultTableBlock table, ChartText text)
    {
        var readiness = new[] { ReadinessGuideText.English, ReadinessGuideText.Chinese }
            .FirstOrDefault(g => table.Columns.Contains(g.AreaColumn) && table.Columns.Contains(g.ScoreColumn));
        var platform = new[] { PlatformGuideText.English, PlatformGuideText.Chinese }
            .FirstOrDefault(g => table.Columns.Contains(g.PlatformColumn) && table.Columns.Contains(g.FitColumn));
        var (labelColumn, valueColumn, title) = readiness is not null
            ? (readiness.AreaColumn, readiness.ScoreColumn, readiness.ScoresTitle)
            : platform is not null ? (platform.PlatformColumn, platform.FitColumn, table.Title ?? platform.FitColumn) : (null, null, null);
        if (labelColumn is null || valueColumn is null || title is null)
        {
            return null;
        }

        var (label, value) = (Index(table, labelColumn), Index(table, valueColumn));
        var bars = table.Rows
            .Select(row => (Label: Cell(row, label), Range: RangeOf(Cell(row, value))))
            .Where(r => r.Range is not null)
            .Select(r => new ChartBar(r.Label, Math.Clamp(r.Range!.Value.Low, 0, 100)))
            .ToList();
        var items = bars.Select(b => BilingualText.Fill(text.ScoreItem, b.Label, ChartText.Number(b.Value)));
        return bars.Count == 0 ? null : new ChartSpec(ChartKind.Scores, title, text.ScoreAxis, string.Empty, bars,
            BilingualText.Fill(text.ScoresAlt, title, string.Join(text.Separator, items)));
    }

    private static ChartSpec? LandedCost(FactListBlock facts, ChartText text)
    {
        var guide = new[] { LogisticsGuideText.English, LogisticsGuideText.Chinese }.FirstOrDefault(g => facts.Title == g.TotalsTitle);
        if (guide is null)
        {
            return null;
        }

        string? currency = null;
        var parts = new List<ChartBar>();
        foreach (var title in new[] { guide.GoodsValue, guide.Shipping, guide.TaxesAndFees })
        {
            var fact = facts.Facts.FirstOrDefault(f => f.Title == title);
            if (fact is null || RangeOf(fact.Value) is not { } amount)
            {
                return null;
            }

            currency ??= CurrencyOf(fact.Value);
            parts.Add(new ChartBar(title, amount.Low));
        }

        var total = parts.Sum(p => p.Value);
        var unit = currency ?? string.Empty;
        var items = parts.Select(p => BilingualText.Fill(text.BreakdownItem, p.Label, ChartText.Number(p.Value)));
        return new ChartSpec(ChartKind.Breakdown, BilingualText.Fill(text.BreakdownTitle, guide.LandedCost, ChartText.Number(total), unit),
            BilingualText.Fill(text.BreakdownAxis, unit), string.Empty, parts,
            BilingualText.Fill(text.BreakdownAlt, unit, string.Join(text.Separator, items), ChartText.Number(total) + " " + unit));
    }

    private static int Index(ResultTableBlock table, string column) => table.Columns.ToList().IndexOf(column);

    private static string Cell(IReadOnlyList<string> row, int index) => index >= 0 && index < row.Count ? row[index] : string.Empty;

    /// <summary>"10–20", "$4.5–6", "¥30", "12.5–20 EUR": the first number and, when there is one, the second.</summary>
    internal static (double Low, double High)? RangeOf(string cell)
    {
        var match = RangePattern().Match(cell.Replace(",", string.Empty, StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }

        var low = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var high = match.Groups[2].Success ? double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : low;
        return (low, Math.Max(low, high));
    }

    private static string? CurrencyOf(string value) => CurrencyPattern().Match(value) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(?:\s*[–-]\s*[$¥€£]?(\d+(?:\.\d+)?))?")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"\b[A-Z]{3}\b")]
    private static partial Regex CurrencyPattern();
}
