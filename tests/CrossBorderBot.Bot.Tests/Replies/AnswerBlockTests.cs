using CrossBorderBot.Language;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Replies;

/// <summary>The answer block on the three renderers: the fact first, details, "More…", and dated sources.</summary>
public class AnswerBlockTests
{
    private static readonly ReplySource Hmrc = new("VAT rates", "HMRC", "https://www.gov.uk/vat-rates", new DateOnly(2026, 11, 26));

    private static Reply Answer(int detailCount = 2, int moreCount = 3) => Reply.Of(new AnswerBlock(
        "The standard rate in the United Kingdom is 20 % (VAT).",
        [.. Enumerable.Range(1, detailCount).Select(i => $"Detail {i}: **whole** sentence.")],
        [.. Enumerable.Range(1, moreCount).Select(i => $"More item {i}.")],
        [Hmrc]));

    [Fact]
    public void On_a_card_the_lead_comes_first_and_the_rest_opens_in_place()
    {
        var card = AdaptiveCardRenderer.Render(Answer()).ToJObject();

        CardContractChecker.AssertValid(card);
        Assert.Equal("The standard rate in the United Kingdom is 20 % (VAT).", (string?)card.SelectToken("body[0].text"));
        Assert.Equal("Bolder", (string?)card.SelectToken("body[0].weight"));
        var more = card.SelectToken("$.body[?(@.type == 'ActionSet')].actions[0]")!;
        Assert.Equal("Action.ShowCard", (string?)more["type"]);
        Assert.Equal(3, more.SelectToken("card.body")!.Count());
        var text = string.Join("\n", card.SelectTokens("$.body[*].text"));
        Assert.Contains("reviewed 2026-11-26", text);
        Assert.Contains("https://www.gov.uk/vat-rates", text);
    }

    [Fact]
    public void A_huge_answer_still_fits_in_a_valid_card()
    {
        var huge = Reply.Of(new AnswerBlock("Lead.", [.. Enumerable.Range(1, 400).Select(i => new string('x', 150) + " " + i)], [], [Hmrc]));

        var card = AdaptiveCardRenderer.Render(huge).ToJObject();

        CardContractChecker.AssertValid(card);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToString(Newtonsoft.Json.Formatting.None)) < CardContractChecker.MaxBytes);
        Assert.Equal("Lead.", (string?)card.SelectToken("body[0].text"));
        Assert.Contains("reviewed 2026-11-26", string.Join("\n", card.SelectTokens("$.body[*].text")));
    }

    [Fact]
    public void On_slack_the_more_items_follow_under_their_label()
    {
        var blocks = Assert.Single(BlockKitRenderer.Render(Answer(), BotLanguage.Chinese));

        CardBlockKitChecker.AssertValid(blocks);
        Assert.Equal("*The standard rate in the United Kingdom is 20 % (VAT).*", (string?)blocks.SelectToken("[0].text.text"));
        Assert.Contains(blocks, b => (string?)b["type"] == "context" && b.ToString().Contains("更多", StringComparison.Ordinal));
        Assert.Contains("More item 3.", blocks.ToString());
    }

    [Fact]
    public void As_text_it_reads_lead_details_more_and_sources()
    {
        var text = PlainTextRenderer.Render(Answer(1, 1));

        Assert.Equal(
            """
            **The standard rate in the United Kingdom is 20 % (VAT).**
            - Detail 1: **whole** sentence.
            **More…**
            - More item 1.

            **Sources**
            - [VAT rates](https://www.gov.uk/vat-rates) — HMRC · reviewed 2026-11-26
            """.ReplaceLineEndings("\n"),
            text);
        Assert.Equal("The standard rate in the United Kingdom is 20 % (VAT).", PlainTextRenderer.Lead(Answer()));
    }
}
