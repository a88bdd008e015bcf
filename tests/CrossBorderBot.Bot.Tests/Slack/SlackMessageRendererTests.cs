using CrossBorderBot.Replies;
using CrossBorderBot.Channels.Slack;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary>How one reply becomes Slack messages, within Block Kit's limits.</summary>
public sealed class SlackMessageRendererTests
{
    private const string Channel = "D0DIRECT01";

    [Fact]
    public void Blocks_from_the_reply_model_are_posted_as_they_are_with_the_text_as_fallback()
    {
        var blocks = new JArray(new JObject { ["type"] = "header", ["text"] = new JObject { ["type"] = "plain_text", ["text"] = "Your roadmap" } });
        var activity = MessageFactory.Text("Your roadmap (3 steps)");
        activity.ChannelData = new JObject { ["blocks"] = blocks };

        var message = Assert.Single(SlackMessageRenderer.Render(activity, Channel, "1700000000.000100"));

        Assert.Equal("Your roadmap (3 steps)", message.Text);
        Assert.Equal(blocks.ToString(), message.Blocks!.ToString());
        Assert.Equal("1700000000.000100", message.ThreadTs);
    }

    [Fact]
    public void Plain_text_is_posted_as_mrkdwn()
    {
        var message = Assert.Single(SlackMessageRenderer.Render(MessageFactory.Text("See **IOSS** on [the EU site](https://europa.eu) & <more>"), Channel, null));

        Assert.Equal("See *IOSS* on <https://europa.eu|the EU site> &amp; &lt;more&gt;", message.Text);
        Assert.Null(message.Blocks);
    }

    [Fact]
    public void A_long_text_is_split_into_sections_of_at_most_3000_characters_without_losing_words()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"Paragraph {i}: " + string.Join(' ', Enumerable.Repeat("lorem", 40)));
        var text = string.Join("\n\n", paragraphs);

        var messages = SlackMessageRenderer.Render(MessageFactory.Text(text), Channel, null);

        var sections = messages.SelectMany(message => message.Blocks!).Select(block => block.SelectToken("text.text")!.ToString()).ToList();
        Assert.True(sections.Count > 1);
        Assert.All(sections, section => Assert.InRange(section.Length, 1, 3000));
        Assert.Equal(text.Replace("\n", string.Empty).Replace(" ", string.Empty), string.Concat(sections).Replace("\n", string.Empty).Replace(" ", string.Empty));
    }

    [Fact]
    public void More_than_50_blocks_become_several_messages_in_order()
    {
        var blocks = new JArray(Enumerable.Range(1, 120).Select(i => SlackBlocks.Section($"Item {i}")));
        var activity = MessageFactory.Text("All items");
        activity.ChannelData = new JObject { ["blocks"] = blocks };

        var messages = SlackMessageRenderer.Render(activity, Channel, null);

        Assert.Equal([50, 50, 20], messages.Select(message => message.Blocks!.Count));
        Assert.Equal("All items", messages[0].Text);
        Assert.StartsWith("Item 51", messages[1].Text);
        Assert.Equal("Item 120", messages[2].Blocks!.Last().SelectToken("text.text")!.ToString());
    }

    [Fact]
    public void An_adaptive_card_choice_becomes_buttons_whose_values_carry_the_submit_data()
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "Where do you ship from?", ["wrap"] = true }),
            ["actions"] = new JArray(
                new JObject { ["type"] = "Action.Submit", ["title"] = "China", ["data"] = new JObject { ["verb"] = "choose", ["value"] = "CN" } },
                new JObject { ["type"] = "Action.OpenUrl", ["title"] = "Learn more", ["url"] = "https://example.org/ship" }),
        };
        var activity = MessageFactory.Attachment(new Attachment { ContentType = AdaptiveCardRenderer.ContentType, Content = card });
        activity.Text = "Where do you ship from?";

        var message = Assert.Single(SlackMessageRenderer.Render(activity, Channel, null));

        Assert.Equal("Where do you ship from?", message.Text);
        Assert.Equal("Where do you ship from?", message.Blocks![0].SelectToken("text.text")!.ToString());
        var buttons = message.Blocks.Single(block => block.Value<string>("type") == "actions")["elements"]!;
        Assert.Equal(JObject.Parse("{\"verb\":\"choose\",\"value\":\"CN\"}").ToString(), JObject.Parse(buttons[0]!.Value<string>("value")!).ToString());
        Assert.Equal("https://example.org/ship", buttons[1]!.Value<string>("url"));
        Assert.NotEqual(buttons[0]!.Value<string>("action_id"), buttons[1]!.Value<string>("action_id"));
    }

    [Fact]
    public void Button_titles_longer_than_slack_allows_are_shortened()
    {
        var activity = (Activity)MessageFactory.Text("Pick one");
        activity.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, new string('x', 100), value: "x")] };

        var message = Assert.Single(SlackMessageRenderer.Render(activity, Channel, null));

        var title = message.Blocks!.Single(block => block.Value<string>("type") == "actions").SelectToken("elements[0].text.text")!.ToString();
        Assert.Equal(BlockKitRenderer.MaxButtonTextChars, title.Length);
    }

    [Fact]
    public void A_chosen_button_message_keeps_its_text_and_shows_the_choice_instead_of_the_buttons()
    {
        var blocks = new JArray(
            new JObject { ["type"] = "section", ["block_id"] = "q", ["text"] = new JObject { ["type"] = "mrkdwn", ["text"] = "Pick one" } },
            new JObject { ["type"] = "actions", ["block_id"] = "a", ["elements"] = new JArray() });

        var updated = SlackChoiceUpdate.Blocks(blocks, "a", "Amazon & eBay");

        Assert.Equal(["section", "context"], updated.Select(block => block.Value<string>("type")));
        Assert.Equal("✅ Amazon &amp; eBay", updated[1].SelectToken("elements[0].text")!.ToString());
    }

    [Fact]
    public void A_choice_also_removes_the_other_buttons_of_the_message_so_an_expired_form_cannot_be_submitted()
    {
        var blocks = new JArray(
            new JObject { ["type"] = "section", ["block_id"] = "q", ["text"] = new JObject { ["type"] = "mrkdwn", ["text"] = "Size?" } },
            new JObject { ["type"] = "actions", ["block_id"] = "a", ["elements"] = new JArray() },
            new JObject { ["type"] = "input", ["block_id"] = "i", ["label"] = new JObject { ["type"] = "plain_text", ["text"] = "Weight" } },
            new JObject { ["type"] = "actions", ["block_id"] = "submit", ["elements"] = new JArray() });

        var updated = SlackChoiceUpdate.Blocks(blocks, "a", "Skip");

        Assert.Equal(["section", "context", "section"], updated.Select(block => block.Value<string>("type")));
    }
}
