namespace CrossBorderBot.Charts;

/// <summary>The kinds of chart results are drawn as.</summary>
public enum ChartKind
{
    /// <summary>One box per item: transit days (x, from–to) against cost (y, from–to).</summary>
    Ranges,

    /// <summary>Horizontal bars, one per item, on a 0–100 scale (scores, fit).</summary>
    Scores,

    /// <summary>One horizontal bar split into its parts (goods, shipping, duty and taxes).</summary>
    Breakdown,
}
