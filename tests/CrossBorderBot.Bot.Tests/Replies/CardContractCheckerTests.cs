using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies;

/// <summary>The checker is what guide tests trust, so it must catch each kind of broken card.</summary>
public class CardContractCheckerTests
{
    private static JObject Card(string body = "[]", string actions = "[]", string version = "1.5") =>
        JObject.Parse($$"""{ "type": "AdaptiveCard", "version": "{{version}}", "body": {{body}}, "actions": {{actions}} }""");

    [Fact]
    public void A_rendered_card_passes() =>
        Assert.Empty(CardContractChecker.Check(AdaptiveCardRenderer.Render(ReplySamples.EveryBlock()).ToJObject()));

    [Theory]
    [InlineData("1.6", "version")]
    [InlineData("2.0", "version")]
    [InlineData("", "version")]
    public void A_version_above_1_5_is_refused(string version, string expected) =>
        Assert.Contains(CardContractChecker.Check(Card(version: version)), problem => problem.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("""[{ "type": "Icon", "name": "Calendar" }]""", "[]", "'Icon'")]
    [InlineData("""[{ "type": "Container", "items": [{ "type": "Rating", "value": 3 }] }]""", "[]", "'Rating'")]
    [InlineData("[]", """[{ "type": "Action.ShowCard", "title": "More", "card": { "type": "AdaptiveCard", "body": [{ "type": "CodeBlock" }] } }]""", "'CodeBlock'")]
    [InlineData("""[{ "type": "ActionSet", "actions": [{ "type": "Action.Popover", "title": "x" }] }]""", "[]", "'Action.Popover'")]
    [InlineData("""[{ "type": "Input.ChoiceSet", "id": "c", "choices": [], "data": { "type": "Data.Query", "dataset": "x" } }]""", "[]", "'Data.Query'")]
    public void Types_newer_than_1_5_are_found_anywhere_in_the_tree(string body, string actions, string expected) =>
        Assert.Contains(CardContractChecker.Check(Card(body, actions)), problem => problem.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void Submit_data_is_not_mistaken_for_card_structure() =>
        Assert.Empty(CardContractChecker.Check(Card(actions: """[{ "type": "Action.Submit", "title": "Go", "data": { "verb": "go", "type": "Anything" } }]""")));

    [Theory]
    [InlineData("""[{ "type": "Input.Text", "id": "a" }, { "type": "Container", "items": [{ "type": "Input.Number", "id": "a" }] }]""", "used more than once")]
    [InlineData("""[{ "type": "Input.Text" }]""", "has no id")]
    public void Inputs_need_unique_ids(string body, string expected) =>
        Assert.Contains(CardContractChecker.Check(Card(body)), problem => problem.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("""[{ "type": "Action.Submit", "title": "Go", "data": "go" }]""", "not an object")]
    [InlineData("""[{ "type": "Action.Submit", "title": "Go" }]""", "not an object")]
    [InlineData("""[{ "type": "Action.Submit", "title": "Go", "data": { "value": "x" } }]""", "no verb")]
    [InlineData("""[{ "type": "Action.ShowCard", "title": "More", "card": { "type": "AdaptiveCard", "actions": [{ "type": "Action.Submit", "title": "x", "data": { "verb": "" } }] } }]""", "no verb")]
    public void Every_submit_carries_a_verb(string actions, string expected) =>
        Assert.Contains(CardContractChecker.Check(Card(actions: actions)), problem => problem.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void More_than_six_buttons_in_a_row_are_refused()
    {
        var actions = new JArray(Enumerable.Range(1, 7).Select(i => new JObject { ["type"] = "Action.OpenUrl", ["title"] = $"{i}", ["url"] = "https://example.com" }));

        Assert.Contains(CardContractChecker.Check(Card(actions: actions.ToString())), problem => problem.Contains("7 actions", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_of_28_kb_or_more_is_refused()
    {
        var body = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = new string('x', 28 * 1024) });

        Assert.Contains(CardContractChecker.Check(Card(body.ToString())), problem => problem.Contains("bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void Block_kit_checker_finds_broken_limits()
    {
        var blocks = JArray.Parse($$"""
            [
              { "type": "header", "text": { "type": "plain_text", "text": "{{new string('h', 151)}}" } },
              { "type": "actions", "elements": [
                  { "type": "button", "text": { "type": "plain_text", "text": "a" }, "action_id": "go:0", "value": "{}" },
                  { "type": "button", "text": { "type": "plain_text", "text": "b" }, "action_id": "go:0", "value": "{}" } ] },
              { "type": "table" }
            ]
            """);

        var problems = CardBlockKitChecker.Check(blocks);

        Assert.Contains(problems, problem => problem.Contains("151", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("repeated", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'table'", StringComparison.Ordinal));
    }
}
