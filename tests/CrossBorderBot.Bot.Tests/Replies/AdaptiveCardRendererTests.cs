using CrossBorderBot.Language;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies;

public class AdaptiveCardRendererTests
{
    [Fact]
    public void Every_block_renders_into_a_card_that_meets_the_contract()
    {
        var card = AdaptiveCardRenderer.Render(ReplySamples.EveryBlock()).ToJObject();

        CardContractChecker.AssertValid(card);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(
            ["TextBlock", "TextBlock", "TextBlock", "FactSet", "TextBlock", "Table", "TextBlock", "TextBlock", "TextBlock", "ActionSet", "TextBlock", "Input.Number", "Input.Text", "Input.ChoiceSet", "ActionSet"],
            card["body"]!.Select(element => (string?)element["type"]));
    }

    [Fact]
    public void Heading_is_bold_and_paragraph_keeps_its_markdown()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new HeadingBlock("Results"), new ParagraphBlock("**Amazon** fits.\r\n- [fees](https://example.com)"))).ToJObject();

        Assert.Equal("Results", (string?)card.SelectToken("body[0].text"));
        Assert.Equal("Bolder", (string?)card.SelectToken("body[0].weight"));
        Assert.Equal("**Amazon** fits.\n- [fees](https://example.com)", (string?)card.SelectToken("body[1].text"));
        Assert.True((bool?)card.SelectToken("body[1].wrap"));
    }

    [Fact]
    public void Facts_become_a_fact_set_under_their_title()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new FactListBlock([new ReplyFact("Weight", "2 kg"), new ReplyFact("To", "Germany")], "Your parcel"))).ToJObject();

        Assert.Equal("Your parcel", (string?)card.SelectToken("body[0].text"));
        Assert.Equal(["Weight: 2 kg", "To: Germany"], card.SelectToken("body[1].facts")!.Select(f => $"{f["title"]}: {f["value"]}"));
    }

    [Fact]
    public void Table_has_a_header_row_and_highlights_the_recommendation()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new ResultTableBlock(["Platform", "Fit"], [["Amazon", "86"], ["eBay"]], HighlightFirstRow: true))).ToJObject();
        var table = card.SelectToken("body[0]")!;
        IEnumerable<string?> Cells(int row) => table["rows"]![row]!["cells"]!.Select(cell => (string?)cell.SelectToken("items[0].text"));

        Assert.Equal("Table", (string?)table["type"]);
        Assert.True((bool?)table["firstRowAsHeader"]);
        Assert.Equal(["Platform", "Fit"], Cells(0));
        Assert.Equal(["Amazon", "86"], Cells(1));
        Assert.Equal(["eBay", ""], Cells(2));
        Assert.Equal("accent", (string?)table.SelectToken("rows[1].style"));
        Assert.Null(table.SelectToken("rows[2].style"));
        Assert.Equal("Full", (string?)card.SelectToken("msteams.width"));
    }

    [Theory]
    [InlineData("en-US", "Sources", "[Amazon fees](https://sell.amazon.de/fees) — Amazon · reviewed 2025-03-01")]
    [InlineData("zh-CN", "来源", "[Amazon fees](https://sell.amazon.de/fees) — Amazon · 审核于 2025-03-01")]
    public void Sources_are_listed_with_link_publisher_and_review_date_in_the_users_language(string locale, string label, string line)
    {
        var reply = Reply.Of(new SourceListBlock([new ReplySource("Amazon fees", "Amazon", "https://sell.amazon.de/fees", new DateOnly(2025, 3, 1))]));

        var card = AdaptiveCardRenderer.Render(reply, BotLanguage.Of(locale)).ToJObject();

        Assert.Equal(label, (string?)card.SelectToken("body[0].text"));
        Assert.Equal(line, (string?)card.SelectToken("body[1].text"));
    }

    [Fact]
    public void A_short_choice_set_is_one_submit_button_per_choice_carrying_the_choose_verb()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new ChoiceSetBlock("Where?", [new ReplyChoice("de", "Germany"), new ReplyChoice("fr", "France")]))).ToJObject();

        Assert.Equal("Where?", (string?)card.SelectToken("body[0].text"));
        Assert.Equal(["Germany", "France"], card["actions"]!.Select(a => (string?)a["title"]));
        Assert.All(card["actions"]!, a => Assert.Equal("Action.Submit", (string?)a["type"]));
        Assert.Equal(
            ["{\"verb\":\"choose\",\"value\":\"de\"}", "{\"verb\":\"choose\",\"value\":\"fr\"}"],
            card["actions"]!.Select(a => a["data"]!.ToString(Newtonsoft.Json.Formatting.None)));
    }

    [Fact]
    public void Thirty_choices_become_a_drop_down_whose_value_arrives_where_prompts_read_it()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(ReplySamples.Choices(30))).ToJObject();

        CardContractChecker.AssertValid(card);
        var dropDown = card.SelectToken("body[1]")!;
        Assert.Equal("Input.ChoiceSet", (string?)dropDown["type"]);
        Assert.Equal("value", (string?)dropDown["id"]);
        Assert.Equal(30, dropDown["choices"]!.Count());
        Assert.Equal("market_30", (string?)dropDown.SelectToken("choices[29].value"));
        var submit = Assert.Single(card["actions"]!);
        Assert.Equal("choose", (string?)submit.SelectToken("data.verb"));
    }

    [Fact]
    public void A_form_has_labelled_inputs_and_a_submit_with_its_verb()
    {
        var form = new InputFormBlock(
            [FormField.Number("weight", "Weight (kg)", required: true, value: "2.5"), FormField.Choice("to", "Destination", [new ReplyChoice("de", "Germany")])],
            new ReplyAction("Estimate", "estimate", new Dictionary<string, string> { ["step"] = "parcel", ["verb"] = "hijack" }));

        var card = AdaptiveCardRenderer.Render(Reply.Of(form)).ToJObject();

        var weight = card.SelectToken("body[0]")!;
        Assert.Equal(("Input.Number", "weight", "Weight (kg)"), ((string?)weight["type"], (string?)weight["id"], (string?)weight["label"]));
        Assert.True((bool?)weight["isRequired"]);
        Assert.Equal(2.5m, (decimal?)weight["value"]);
        Assert.Equal("Germany", (string?)card.SelectToken("body[1].choices[0].title"));
        Assert.True(JToken.DeepEquals(new JObject { ["verb"] = "estimate", ["step"] = "parcel" }, card.SelectToken("actions[0].data")));
    }

    [Fact]
    public void Repeated_input_ids_are_made_unique()
    {
        var reply = Reply.Of(
            new InputFormBlock([FormField.Text("value", "A"), FormField.Text("value", "B")], new ReplyAction("Send", "send")),
            ReplySamples.Choices(10));

        var card = AdaptiveCardRenderer.Render(reply).ToJObject();

        CardContractChecker.AssertValid(card);
        Assert.Equal(["value", "value_2", "value_3"], card.SelectTokens("$..[?(@.type =~ /^Input\\..*/)].id").Select(id => (string?)id));
    }

    [Fact]
    public void Buttons_of_an_earlier_block_stay_beside_it_and_a_link_opens_a_url()
    {
        var reply = Reply.Of(
            new ActionButtonsBlock([new ReplyAction("Seller Central", "open_link", Url: "https://sellercentral.amazon.com")]),
            new ParagraphBlock("More below."));

        var card = AdaptiveCardRenderer.Render(reply).ToJObject();

        Assert.Null(card["actions"]);
        Assert.Equal("ActionSet", (string?)card.SelectToken("body[0].type"));
        Assert.Equal("Action.OpenUrl", (string?)card.SelectToken("body[0].actions[0].type"));
        Assert.Equal("https://sellercentral.amazon.com", (string?)card.SelectToken("body[0].actions[0].url"));
    }

    [Theory]
    [InlineData("en-US", "More…")]
    [InlineData("zh-CN", "更多…")]
    public void More_than_six_buttons_fold_the_rest_behind_more(string locale, string more)
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(ReplySamples.Buttons(10)), BotLanguage.Of(locale)).ToJObject();

        CardContractChecker.AssertValid(card);
        var actions = card["actions"]!;
        Assert.Equal(6, actions.Count());
        Assert.Equal(("Action.ShowCard", more), ((string?)actions[5]!["type"], (string?)actions[5]!["title"]));
        Assert.Equal(
            Enumerable.Range(1, 10).Select(i => $"Button {i}"),
            card.SelectTokens("$..[?(@.type == 'Action.Submit')].title").Select(t => (string?)t));
    }

    [Fact]
    public void A_200_row_table_is_shortened_under_28_kb_with_an_and_more_line()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new HeadingBlock("Channels"), ReplySamples.Table(200), new ActionButtonsBlock([ReplySamples.Compare]))).ToJObject();

        CardContractChecker.AssertValid(card);
        var shownRows = card.SelectToken("body[1].rows")!.Count() - 1;
        Assert.InRange(shownRows, 20, 199);
        Assert.Equal($"…and {200 - shownRows} more", (string?)card.SelectToken("body[2].text"));
        Assert.Equal("Compare platforms", (string?)card.SelectToken("actions[0].title"));
    }

    [Fact]
    public void A_10000_character_paragraph_fits_whole()
    {
        var text = ReplySamples.LongText(10_000);

        var card = AdaptiveCardRenderer.Render(Reply.Text(text)).ToJObject();

        CardContractChecker.AssertValid(card);
        Assert.Equal(ReplyMarkdownNormalized(text), (string?)card.SelectToken("body[0].text"));
    }

    [Theory]
    [InlineData("en-US", "(shortened)")]
    [InlineData("zh-CN", "（内容已截短）")]
    public void A_paragraph_too_long_for_a_card_is_cut_and_says_so(string locale, string note)
    {
        var text = ReplySamples.LongText(60_000);

        var card = AdaptiveCardRenderer.Render(Reply.Of(new ParagraphBlock(text), new ParagraphBlock("Short ending.")), BotLanguage.Of(locale)).ToJObject();

        CardContractChecker.AssertValid(card);
        var shown = (string)card.SelectToken("body[0].text")!;
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.StartsWith(shown[..^1].TrimEnd()[..1000], text, StringComparison.Ordinal);
        Assert.Equal(note, (string?)card.SelectToken("body[1].text"));
        Assert.Equal("Short ending.", (string?)card.SelectToken("body[2].text"));
    }

    [Fact]
    public void Everything_oversized_at_once_still_gives_a_valid_card()
    {
        var reply = Reply.Of(
            new ParagraphBlock(ReplySamples.LongText(30_000)),
            ReplySamples.Table(500),
            new FactListBlock([.. Enumerable.Range(1, 400).Select(i => new ReplyFact($"Fact {i}", ReplySamples.LongText(100)))]),
            new SourceListBlock([.. Enumerable.Range(1, 300).Select(i => new ReplySource($"Source {i}", "Publisher", $"https://example.com/{i}", new DateOnly(2025, 1, 1)))]),
            ReplySamples.Choices(1000),
            ReplySamples.Buttons(100));

        var card = AdaptiveCardRenderer.Render(reply).ToJObject();

        CardContractChecker.AssertValid(card);
        Assert.Contains(card.SelectTokens("$..text").Select(t => (string?)t), text => text?.StartsWith("…and ", StringComparison.Ordinal) == true);
    }

    private static string ReplyMarkdownNormalized(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.TrimEnd())).Trim('\n');
}
