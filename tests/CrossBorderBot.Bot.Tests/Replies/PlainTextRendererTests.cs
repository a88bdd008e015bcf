using CrossBorderBot.Language;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Tests.Replies;

public class PlainTextRendererTests
{
    [Fact]
    public void Every_block_reads_as_markdown_with_numbered_choices()
    {
        var text = PlainTextRenderer.Render(ReplySamples.EveryBlock());

        Assert.Equal(
            """
            **Your best platforms**

            You sell **furniture** to Germany.
            - Amazon fits best
            - See [the fee page](https://sell.amazon.de/fees)

            **Your answers**
            - Weight: 2 kg
            - Destination: Germany

            **Comparison**
            | Platform | Fit | Fees |
            | --- | --- | --- |
            | **Amazon** | **86** | **15%** |
            | eBay | 70 | 11% |
            | Temu | 55 |  |

            **Sources**
            - [Amazon selling fees](https://sell.amazon.de/fees) — Amazon · reviewed 2025-03-01

            Which one do you want to look at?

            1. Amazon
            2. eBay

            **Parcel**
            - Weight (kg) (required)
            - Category
            - Urgency: Fast / Cheap

            - Compare platforms
            - [Amazon Seller Central](https://sellercentral.amazon.com)
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Renderer_words_follow_a_chinese_locale()
    {
        var text = PlainTextRenderer.Render(Reply.Of(new SourceListBlock([new ReplySource("海关总署公告", "海关总署", Reviewed: new DateOnly(2025, 6, 30))])), BotLanguage.Chinese);

        Assert.Equal("**来源**\n- 海关总署公告 — 海关总署 · 审核于 2025-06-30", text);
    }

    [Fact]
    public void A_long_table_is_cut_at_50_rows_with_an_and_more_line()
    {
        var text = PlainTextRenderer.Render(Reply.Of(ReplySamples.Table(200)));

        Assert.Equal(PlainTextRenderer.MaxTableRows, text.Split('\n').Count(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\| Channel \d")));
        Assert.EndsWith("…and 150 more", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Your best platforms")]
    public void Lead_is_the_first_heading(string expected) =>
        Assert.Equal(expected, PlainTextRenderer.Lead(ReplySamples.EveryBlock()));

    [Fact]
    public void Lead_of_a_paragraph_drops_its_markup()
    {
        var lead = PlainTextRenderer.Lead(Reply.Of(new SourceListBlock([]), new ParagraphBlock("**IOSS** applies, see [EU](https://ec.europa.eu).")));

        Assert.Equal("IOSS applies, see EU (https://ec.europa.eu).", lead);
    }
}
