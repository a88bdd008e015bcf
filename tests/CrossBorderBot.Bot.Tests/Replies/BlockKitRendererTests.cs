using CrossBorderBot.Language;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies;

public class BlockKitRendererTests
{
    private static JArray Single(Reply reply, string? locale = null)
    {
        var messages = BlockKitRenderer.Render(reply, BotLanguage.Of(locale));
        var blocks = Assert.Single(messages);
        CardBlockKitChecker.AssertValid(blocks);
        return blocks;
    }

    [Fact]
    public void Every_block_renders_within_slack_limits()
    {
        var blocks = Single(ReplySamples.EveryBlock());

        Assert.Equal(
            ["header", "section", "section", "section", "section", "section", "context", "section", "actions", "section", "input", "input", "input", "actions", "actions"],
            blocks.Select(block => (string?)block["type"]));
    }

    [Fact]
    public void Paragraph_markdown_becomes_slack_mrkdwn()
    {
        var blocks = Single(Reply.Text("**Amazon** fits <best> & cheapest.\n- see [the fees](https://example.com/a?b=1&c=2)"));

        Assert.Equal(
            "*Amazon* fits &lt;best&gt; &amp; cheapest.\n• see <https://example.com/a?b=1&amp;c=2|the fees>",
            (string?)blocks.SelectToken("[0].text.text"));
    }

    [Fact]
    public void A_long_heading_is_cut_to_150_characters()
    {
        var blocks = Single(Reply.Of(new HeadingBlock(new string('x', 400))));

        var text = (string)blocks.SelectToken("[0].text.text")!;
        Assert.Equal(150, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_10000_character_paragraph_is_split_into_sections_that_keep_all_the_text()
    {
        var text = ReplySamples.LongText(10_000);

        var blocks = Single(Reply.Text(text));

        Assert.InRange(blocks.Count, 4, 6);
        Assert.All(blocks, block => Assert.InRange(((string)block.SelectToken("text.text")!).Length, 1, BlockKitRenderer.MaxSectionTextChars));
        var joined = string.Concat(blocks.Select(block => (string)block.SelectToken("text.text")!));
        Assert.Equal(Squash(ReplyMarkdownForSlack(text)), Squash(joined));
    }

    [Fact]
    public void Facts_are_fields_ten_per_section()
    {
        var facts = new FactListBlock([.. Enumerable.Range(1, 25).Select(i => new ReplyFact($"Fact {i}", $"value {i}"))]);

        var blocks = Single(Reply.Of(facts));

        Assert.Equal([10, 10, 5], blocks.Select(block => block["fields"]!.Count()));
        Assert.Equal("*Fact 1*\nvalue 1", (string?)blocks.SelectToken("[0].fields[0].text"));
    }

    [Fact]
    public void A_table_is_an_aligned_code_block_marking_the_recommendation()
    {
        var blocks = Single(Reply.Of(new ResultTableBlock(["Platform", "Fit"], [["亚马逊", "86"], ["eBay", "70"]], HighlightFirstRow: true)));

        Assert.Equal(
            "```\n  Platform  Fit\n  --------  ---\n* 亚马逊    86\n  eBay      70\n```",
            (string?)blocks.SelectToken("[0].text.text"));
    }

    [Fact]
    public void A_200_row_table_spreads_over_sections_within_limits_and_counts_what_is_left_out()
    {
        var messages = BlockKitRenderer.Render(Reply.Of(ReplySamples.Table(200)));

        Assert.All(messages, CardBlockKitChecker.AssertValid);
        var blocks = messages.SelectMany(message => message).ToList();
        var shownRows = blocks.Where(block => (string?)block["type"] == "section")
            .Sum(block => ((string)block.SelectToken("text.text")!).Split('\n').Count(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^Channel \d")));
        Assert.Equal(BlockKitRenderer.MaxTableRows, shownRows);
        Assert.Equal("…and 100 more", (string?)blocks[^1].SelectToken("elements[0].text"));
    }

    [Fact]
    public void Sources_are_a_context_block_with_links()
    {
        var blocks = Single(Reply.Of(new SourceListBlock([new ReplySource("EU VAT | IOSS", "European Commission", "https://taxation-customs.ec.europa.eu/ioss", new DateOnly(2025, 2, 1))])), "zh-CN");

        Assert.Equal("context", (string?)blocks.SelectToken("[0].type"));
        Assert.Equal("*来源*", (string?)blocks.SelectToken("[0].elements[0].text"));
        Assert.Equal("<https://taxation-customs.ec.europa.eu/ioss|EU VAT / IOSS> — European Commission · 审核于 2025-02-01", (string?)blocks.SelectToken("[0].elements[1].text"));
    }

    [Fact]
    public void Sources_beyond_ten_elements_continue_in_another_context_block()
    {
        var blocks = Single(Reply.Of(new SourceListBlock([.. Enumerable.Range(1, 15).Select(i => new ReplySource($"Source {i}"))])));

        Assert.Equal([10, 6], blocks.Select(block => block["elements"]!.Count()));
    }

    [Fact]
    public void A_short_choice_set_is_buttons_whose_value_is_the_submit_json()
    {
        var blocks = Single(Reply.Of(new ChoiceSetBlock("Where?", [new ReplyChoice("de", "Germany"), new ReplyChoice("fr", "France")])));

        Assert.Equal("Where?", (string?)blocks.SelectToken("[0].text.text"));
        var buttons = blocks[1]["elements"]!;
        Assert.Equal(["Germany", "France"], buttons.Select(b => (string?)b.SelectToken("text.text")));
        Assert.Equal(["choose:0", "choose:1"], buttons.Select(b => (string?)b["action_id"]));
        Assert.Equal(["{\"verb\":\"choose\",\"value\":\"de\"}", "{\"verb\":\"choose\",\"value\":\"fr\"}"], buttons.Select(b => (string?)b["value"]));
    }

    [Fact]
    public void Thirty_choices_are_a_static_select_with_the_submit_json_as_option_values()
    {
        var blocks = Single(Reply.Of(ReplySamples.Choices(30)));

        var select = blocks.SelectToken("[1].elements[0]")!;
        Assert.Equal("static_select", (string?)select["type"]);
        Assert.Equal(30, select["options"]!.Count());
        Assert.Equal("{\"verb\":\"choose\",\"value\":\"market_7\"}", (string?)select.SelectToken("options[6].value"));
    }

    [Fact]
    public void A_choice_whose_json_is_too_long_for_an_option_sends_its_number()
    {
        var choices = Enumerable.Range(1, 6).Select(i => new ReplyChoice(new string('v', 200) + i, $"Choice {i}")).ToList();

        var blocks = Single(Reply.Of(new ChoiceSetBlock("Pick", choices)));

        Assert.Equal("{\"verb\":\"choose\",\"value\":\"3\"}", (string?)blocks.SelectToken("[1].elements[0].options[2].value"));
    }

    [Fact]
    public void Form_fields_are_input_blocks_keyed_by_field_id()
    {
        var form = new InputFormBlock(
            [FormField.Number("weight", "Weight (kg)", "2.5", required: true), FormField.Choice("to", "Destination", [new ReplyChoice("de", "Germany")], value: "de")],
            new ReplyAction("Estimate", "estimate"));

        var blocks = Single(Reply.Of(form));

        Assert.Equal(("input", "weight", "number_input", false), ((string?)blocks[0]["type"], (string?)blocks.SelectToken("[0].element.action_id"), (string?)blocks.SelectToken("[0].element.type"), (bool?)blocks[0]["optional"]));
        Assert.Equal("Germany", (string?)blocks.SelectToken("[1].element.initial_option.text.text"));
        Assert.True((bool?)blocks[1]["optional"]);
        Assert.Equal("{\"verb\":\"estimate\"}", (string?)blocks.SelectToken("[2].elements[0].value"));
    }

    [Fact]
    public void Sixty_buttons_fill_actions_blocks_of_at_most_25_with_unique_action_ids()
    {
        var blocks = Single(Reply.Of(ReplySamples.Buttons(60)));

        Assert.Equal([25, 25, 10], blocks.Select(block => block["elements"]!.Count()));
        Assert.Equal(60, blocks.SelectMany(block => block["elements"]!).Select(b => (string?)b["action_id"]).Distinct().Count());
    }

    [Fact]
    public void A_link_button_opens_its_url_and_still_reports_its_verb()
    {
        var blocks = Single(Reply.Of(new ActionButtonsBlock([new ReplyAction("Seller Central", "open_link", Url: "https://sellercentral.amazon.com")])));

        Assert.Equal("https://sellercentral.amazon.com", (string?)blocks.SelectToken("[0].elements[0].url"));
        Assert.Equal("{\"verb\":\"open_link\"}", (string?)blocks.SelectToken("[0].elements[0].value"));
    }

    [Fact]
    public void A_reply_of_more_than_50_blocks_is_split_into_messages()
    {
        var reply = new Reply([.. Enumerable.Range(1, 120).Select(i => (ReplyBlock)new HeadingBlock($"Heading {i}"))]);

        var messages = BlockKitRenderer.Render(reply);

        Assert.Equal([50, 50, 20], messages.Select(message => message.Count));
        Assert.All(messages, CardBlockKitChecker.AssertValid);
        Assert.Equal("Heading 51", (string?)messages[1].SelectToken("[0].text.text"));
    }

    [Fact]
    public void A_single_message_rendering_cuts_the_end_and_says_so()
    {
        var reply = new Reply([.. Enumerable.Range(1, 120).Select(i => (ReplyBlock)new HeadingBlock($"Heading {i}"))]);

        var blocks = BlockKitRenderer.RenderSingle(reply);

        CardBlockKitChecker.AssertValid(blocks);
        Assert.Equal(50, blocks.Count);
        Assert.Equal("(shortened)", (string?)blocks.SelectToken("[49].elements[0].text"));
    }

    [Fact]
    public void Button_data_too_long_for_slack_is_a_programming_error()
    {
        var action = new ReplyAction("Go", "go", new Dictionary<string, string> { ["payload"] = new string('x', 2100) });

        Assert.Throws<ArgumentException>(() => BlockKitRenderer.Render(Reply.Of(new ActionButtonsBlock([action]))));
    }

    private static string ReplyMarkdownForSlack(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal);

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
