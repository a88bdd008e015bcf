using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Replies;

/// <summary>The "More…" button (the rest as the next turn), caveats and section blocks on the three renderers.</summary>
public class AnswerMoreAndCaveatRenderingTests
{
    private static readonly ReplySource Source = new("Official Gazette", "Türkiye", "https://www.resmigazete.gov.tr", new DateOnly(2026, 12, 3));
    private static readonly ReplyAction MoreButton = new("More…", "answer-more", new Dictionary<string, string> { ["question"] = "flat tax in Türkiye?", ["language"] = "en" });

    private static Reply Answer() => Reply.Of(new AnswerBlock(
        "Türkiye: one flat tax of 60 % on postal parcels.",
        ["No value is duty-free."],
        ["Hidden item one.", "Hidden item two."],
        [Source],
        ["The ceiling was not re-verified after January 2026."],
        MoreButton));

    [Fact]
    public void On_a_card_more_is_a_submit_button_that_carries_the_question_and_the_caveat_is_shown()
    {
        var card = AdaptiveCardRenderer.Render(Answer()).ToJObject();

        CardContractChecker.AssertValid(card);
        var action = card.SelectToken("$.body[?(@.type == 'ActionSet')].actions[0]")!;
        Assert.Equal("Action.Submit", (string?)action["type"]);
        Assert.Equal("answer-more", (string?)action.SelectToken("data.verb"));
        Assert.Equal("flat tax in Türkiye?", (string?)action.SelectToken("data.question"));
        var text = string.Join("\n", card.SelectTokens("$..text"));
        Assert.DoesNotContain("Hidden item one.", text);
        Assert.Contains("Not re-verified: The ceiling was not re-verified after January 2026.", text);
    }

    [Fact]
    public void On_Slack_more_is_a_button_and_the_caveat_a_warning_line()
    {
        var blocks = BlockKitRenderer.Render(Answer());

        var json = string.Join("\n", blocks.Select(b => b.ToString()));
        Assert.Contains("answer-more", json);
        Assert.Contains(":warning:", json);
        Assert.DoesNotContain("Hidden item one.", json);
    }

    [Fact]
    public void In_text_the_caveat_is_marked_and_the_user_is_told_to_say_more()
    {
        var text = PlainTextRenderer.Render(Answer());

        Assert.Contains("Not re-verified: The ceiling", text);
        Assert.Contains("say “more”", text);
        Assert.DoesNotContain("Hidden item one.", text);
    }

    [Fact]
    public void A_section_is_a_heading_with_whole_items_on_every_renderer()
    {
        var reply = Reply.Of(new SectionBlock("Next steps", ["Register for **IOSS** before the first sale.", "Label every parcel."]));

        var card = AdaptiveCardRenderer.Render(reply).ToJObject();
        CardContractChecker.AssertValid(card);
        Assert.Equal("Next steps", (string?)card.SelectToken("body[0].text"));
        Assert.Contains("Label every parcel.", string.Join("\n", card.SelectTokens("$..text")));
        Assert.Contains("• Label every parcel.", string.Join("\n", BlockKitRenderer.Render(reply).Select(b => b.ToString())));
        Assert.Contains("- Label every parcel.", PlainTextRenderer.Render(reply));
    }
}
