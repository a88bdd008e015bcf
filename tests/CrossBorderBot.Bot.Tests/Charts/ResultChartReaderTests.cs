using CrossBorderBot.Charts;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Language;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Tests.Charts;

/// <summary>Charts are read from the result tables the guides show, in either language, with alt text in that language.</summary>
public sealed class ResultChartReaderTests
{
    [Fact]
    public void Logistics_channels_become_boxes_of_days_against_cost_and_the_totals_a_breakdown()
    {
        var text = LogisticsGuideText.English;
        var channels = new ResultTableBlock(
            [text.ChannelColumn, text.DaysColumn, text.CostCnyColumn, text.CostUsdColumn, text.FitColumn],
            [["China Post registered", "10–20", "¥25–40", "$3.5–5.6", "82"], ["DHL Express", "3–5", "¥180", "$25", "64"]],
            HighlightFirstRow: true, Title: text.TableTitle);
        var totals = new FactListBlock(
            [new(text.GoodsValue, "30 EUR"), new(text.Shipping, "5.2 EUR"), new(text.TaxesAndFees, "7.96–10 EUR"), new(text.LandedCost, "43.16 EUR (≈ 46.9 USD)")],
            text.TotalsTitle);

        var charts = ResultChartReader.Read([Reply.Of(channels), Reply.Of(totals)], BotLanguage.English);

        var ranges = Assert.Single(charts, c => c.Kind == ChartKind.Ranges);
        Assert.Equal([("China Post registered", 10d, 20d, 3.5d, 5.6d), ("DHL Express", 3d, 5d, 25d, 25d)],
            ranges.Bars.Select(b => (b.Label, b.Value, b.ValueMax, b.CostMin, b.CostMax)));
        Assert.Contains("1. China Post registered: 10–20 days, $3.5–5.6", ranges.AltText, StringComparison.Ordinal);
        var breakdown = Assert.Single(charts, c => c.Kind == ChartKind.Breakdown);
        Assert.Equal([30d, 5.2d, 7.96d], breakdown.Bars.Select(b => b.Value));
        Assert.Contains("EUR", breakdown.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Readiness_scores_in_chinese_skip_unanswered_areas_and_speak_chinese()
    {
        var text = ReadinessGuideText.Chinese;
        var table = new ResultTableBlock([text.AreaColumn, text.ScoreColumn, text.AnsweredColumn],
            [["产品与质量", "72", "2/2"], ["物流与履约", "–", "0/2"], ["合规与认证", "55", "1/2"]], Title: text.ScoresTitle);

        var chart = Assert.Single(ResultChartReader.Read([Reply.Of(table)], BotLanguage.Chinese));

        Assert.Equal(ChartKind.Scores, chart.Kind);
        Assert.Equal(["产品与质量", "合规与认证"], chart.Bars.Select(b => b.Label));
        Assert.Equal(text.ScoresTitle, chart.Title);
        Assert.Contains("产品与质量72分", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Platform_fit_is_charted_and_other_tables_are_not()
    {
        var text = PlatformGuideText.English;
        var fit = new ResultTableBlock([text.PlatformColumn, text.FitColumn, text.FeesColumn, text.FulfilmentColumn],
            [["Amazon", "81", "15%", "FBA"], ["Temu", "66", "0%", "Platform"]], Title: text.TableTitle);
        var unrelated = new ResultTableBlock(["Charge", "Amount"], [["Duty", "3 EUR"]]);

        var chart = Assert.Single(ResultChartReader.Read([Reply.Of(fit, unrelated)], BotLanguage.English));

        Assert.Equal([("Amazon", 81d), ("Temu", 66d)], chart.Bars.Select(b => (b.Label, b.Value)));
    }
}
