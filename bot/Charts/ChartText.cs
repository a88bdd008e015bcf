namespace CrossBorderBot.Charts;

/// <summary>Chart titles, axis labels and alt text, in English and Simplified Chinese.</summary>
public sealed record ChartText(
    string RangesTitle,
    string DaysAxis,
    string CostAxis,
    string RangesAlt,
    string RangeItem,
    string ScoreAxis,
    string ScoresAlt,
    string ScoreItem,
    string BreakdownTitle,
    string BreakdownAxis,
    string BreakdownAlt,
    string BreakdownItem,
    string ChartsHeading,
    string Separator)
{
    public static readonly ChartText English = new(
        RangesTitle: "Channels: transit days against cost (USD)",
        DaysAxis: "Transit days",
        CostAxis: "Cost (USD)",
        RangesAlt: "Chart of the ranked channels, transit days against cost in US dollars: {0}.",
        RangeItem: "{0}. {1}: {2} days, ${3}",
        ScoreAxis: "Score (0–100)",
        ScoresAlt: "Bar chart, {0} out of 100: {1}.",
        ScoreItem: "{0} {1}",
        BreakdownTitle: "{0}: {1} {2}",
        BreakdownAxis: "Amount ({0})",
        BreakdownAlt: "Bar chart of the landed cost in {0}: {1}; total {2}.",
        BreakdownItem: "{0} {1}",
        ChartsHeading: "The result as charts",
        Separator: "; ");

    public static readonly ChartText Chinese = new(
        RangesTitle: "渠道：时效（天）与运费（美元）",
        DaysAxis: "运输天数",
        CostAxis: "运费（美元）",
        RangesAlt: "排名渠道图，运输天数与运费（美元）：{0}。",
        RangeItem: "{0}. {1}：{2}天，{3}美元",
        ScoreAxis: "得分（0–100）",
        ScoresAlt: "条形图，{0}（满分100）：{1}。",
        ScoreItem: "{0}{1}分",
        BreakdownTitle: "{0}：{1} {2}",
        BreakdownAxis: "金额（{0}）",
        BreakdownAlt: "到岸成本构成条形图（{0}）：{1}；合计{2}。",
        BreakdownItem: "{0}{1}",
        ChartsHeading: "结果图表",
        Separator: "；");

    public static ChartText For(BotLanguage language) => BilingualText.Pick(language, English, Chinese);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Range(double low, double high) => double.IsNaN(high) || high <= low ? Number(low) : Number(low) + "–" + Number(high);
}
