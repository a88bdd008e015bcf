using CrossBorderBot.Charts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CrossBorderBot.Tests.Charts;

/// <summary>Charts are real PNGs of the configured size, Chinese is drawn with real glyphs, and without a CJK font a Chinese chart is left out.</summary>
public sealed class ChartRendererTests
{
    private static readonly ChartSpec ChineseScores = new(ChartKind.Scores, "各方面得分", "得分（0–100）", string.Empty,
        [new ChartBar("产品与质量", 72), new ChartBar("物流与履约", 40), new ChartBar("合规与认证", 55)], "条形图");

    private static readonly ChartSpec EnglishRanges = new(ChartKind.Ranges, "Channels: transit days against cost (USD)", "Transit days", "Cost (USD)",
        [new ChartBar("Postal", 10, 20, 3, 5), new ChartBar("Express", 3, 5, 18, 25), new ChartBar("Dedicated line", 7, 7, 8, 8)], "chart");

    [Fact]
    public void A_chart_is_a_png_of_the_requested_size()
    {
        var png = Renderer(string.Empty).Render(EnglishRanges, 800, 450);

        Assert.NotNull(png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((800, 450), (bitmap.Width, bitmap.Height));
        Assert.True(png.Length > 5_000, $"only {png.Length} bytes");
    }

    [Fact]
    public void The_fonts_are_looked_for_at_the_first_chart_and_only_once()
    {
        // Looking for them opens font files with SkiaSharp: a bot that never draws a chart must not pay for that.
        var lookups = 0;
        var renderer = new ChartRenderer(() =>
        {
            lookups++;
            return new ChartFonts(Options(string.Empty), NullLogger<ChartFonts>.Instance);
        });
        Assert.Equal(0, lookups);

        Assert.NotNull(renderer.Render(EnglishRanges, 400, 300));
        Assert.NotNull(renderer.Render(EnglishRanges, 400, 300));
        Assert.Equal(1, lookups);
    }

    [SkippableFact]
    public void Chinese_labels_are_drawn_with_real_glyphs_not_boxes()
    {
        var renderer = Renderer(string.Empty);
        Skip.If(new ChartFonts(Options(string.Empty), NullLogger<ChartFonts>.Instance).CjkFontPath is null, "No CJK font on this machine (.ci/run installs fonts-wqy-zenhei).");

        // Boxes for missing glyphs all look alike; real glyphs of different characters do not.
        var first = Title(renderer.Render(ChineseScores with { Title = "得分得分得分" }, 800, 450)!);
        var second = Title(renderer.Render(ChineseScores with { Title = "方面方面方面" }, 800, 450)!);

        Assert.True(Ink(first) > 150, "the Chinese title left no ink");
        Assert.True(Difference(first, second) > 100, "different Chinese characters drew the same shapes (boxes?)");
    }

    [SkippableFact]
    public void Without_a_cjk_font_a_chinese_chart_is_left_out_and_an_english_one_still_drawn()
    {
        var latinOnly = Directory.EnumerateFiles("/usr/share/fonts", "DejaVuSans.ttf", SearchOption.AllDirectories).FirstOrDefault();
        Skip.If(latinOnly is null, "No Latin-only font file to stand in for a machine without CJK fonts.");
        var renderer = Renderer(latinOnly!);

        Assert.Null(renderer.Render(ChineseScores, 800, 450));
        Assert.NotNull(renderer.Render(EnglishRanges, 800, 450));
    }

    private static ChartRenderer Renderer(string fontPath) => new(new ChartFonts(Options(fontPath), NullLogger<ChartFonts>.Instance));

    private static IOptions<ChartOptions> Options(string fontPath) => Microsoft.Extensions.Options.Options.Create(new ChartOptions { CjkFontPath = fontPath });

    /// <summary>The title strip of the chart, as dark/light pixels.</summary>
    private static bool[] Title(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var pixels = new List<bool>();
        for (var y = 0; y < 36; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var color = bitmap.GetPixel(x, y);
                pixels.Add(color.Red + color.Green + color.Blue < 384);
            }
        }

        return [.. pixels];
    }

    private static int Ink(bool[] pixels) => pixels.Count(dark => dark);

    private static int Difference(bool[] a, bool[] b) => a.Zip(b).Count(pair => pair.First != pair.Second);
}
