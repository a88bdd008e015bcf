using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Block Kit for a reply that carries cards instead of blocks (Slack cannot show Adaptive Cards: through Azure Bot
/// Service they arrive as an image). Text, facts and tables become sections; submit buttons become buttons whose
/// value is the submit data as JSON, so a click answers the waiting prompt exactly as a card submit would; suggested
/// actions become buttons too. Replies built by the reply model already carry blocks and never come here.
/// Why it stays: the bot's own replies do not need it, but an activity sent by anything else on the turn (the SDK,
/// a middleware, a card a future feature builds by hand) would otherwise reach Slack as an unreadable image through
/// Azure Bot Service, or as nothing at all through the native adapter.
/// </summary>
public static class SlackCardFallback
{
    /// <summary>True when the activity has something this fallback can show.</summary>
    public static bool Applies(IMessageActivity activity) =>
        activity.Attachments?.Count > 0 || activity.SuggestedActions?.Actions?.Count > 0;

    public static JArray ToBlocks(IMessageActivity activity)
    {
        var blocks = new JArray();
        var buttons = new List<JObject>();
        var introduction = SlackMrkdwn.FromMarkdown(activity.Text);

        foreach (var attachment in activity.Attachments ?? [])
        {
            var content = attachment.Content switch
            {
                null => null,
                AdaptiveCardJson rendered => rendered.ToJObject(),
                JToken token => token,
                string json when json.TrimStart().StartsWith('{') => JToken.Parse(json),
                var other => JToken.FromObject(other),
            };

            if (attachment.ContentType == AdaptiveCardRenderer.ContentType && content is JObject card)
            {
                AddElements(card["body"], blocks, buttons);
                AddActions(card["actions"], buttons);
            }
            else if ((attachment.ContentType == HeroCard.ContentType || attachment.ContentType == ThumbnailCard.ContentType) && content is JObject hero)
            {
                AddHero(hero, blocks, buttons);
            }
            else if (attachment.ContentUrl is { } url && Uri.IsWellFormedUriString(url, UriKind.Absolute))
            {
                blocks.Add(SlackBlocks.Section($"<{url}|{SlackMrkdwn.Escape(attachment.Name ?? url)}>"));
            }
        }

        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            AddCardAction(action.Type, action.Title, action.Value, buttons);
        }

        // The prompt's text usually repeats as the card's first line; show it once.
        if (introduction.Length > 0 && !blocks.Any(block => block.SelectToken("text.text")?.ToString() == introduction))
        {
            blocks.Insert(0, SlackBlocks.Section(introduction));
        }

        for (var i = 0; i < buttons.Count; i++)
        {
            buttons[i]["action_id"] = "action-" + i.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var actions in SlackBlocks.Actions(buttons))
        {
            blocks.Add(actions);
        }

        return blocks;
    }

    private static void AddElements(JToken? elements, JArray blocks, List<JObject> buttons)
    {
        foreach (var element in elements as JArray ?? [])
        {
            switch (element.Value<string>("type"))
            {
                case "TextBlock":
                    AddTextBlock(element, blocks);
                    break;
                case "RichTextBlock":
                    var inlines = (element["inlines"] as JArray ?? []).Select(inline => inline.Type == JTokenType.String ? inline.ToString() : inline.Value<string>("text"));
                    AddSection(blocks, SlackMrkdwn.FromMarkdown(string.Concat(inlines)));
                    break;
                case "FactSet":
                    var facts = (element["facts"] as JArray ?? [])
                        .Select(fact => $"*{SlackMrkdwn.FromMarkdown(fact.Value<string>("title"))}*\n{SlackMrkdwn.FromMarkdown(fact.Value<string>("value"))}")
                        .ToList();
                    for (var start = 0; start < facts.Count; start += BlockKitRenderer.MaxFieldsPerSection)
                    {
                        blocks.Add(SlackBlocks.Fields(facts.Skip(start).Take(BlockKitRenderer.MaxFieldsPerSection)));
                    }

                    break;
                case "Container":
                    AddElements(element["items"], blocks, buttons);
                    break;
                case "ColumnSet":
                    foreach (var column in element["columns"] as JArray ?? [])
                    {
                        AddElements(column["items"], blocks, buttons);
                    }

                    break;
                case "ActionSet":
                    AddActions(element["actions"], buttons);
                    break;
                case "Image" when element.Value<string>("url") is { } url && url.StartsWith("http", StringComparison.OrdinalIgnoreCase):
                    blocks.Add(SlackBlocks.Image(url, element.Value<string>("altText") ?? "image"));
                    break;
                case "Table":
                    AddTable(element, blocks);
                    break;
            }
        }
    }

    private static void AddTextBlock(JToken element, JArray blocks)
    {
        var text = element.Value<string>("text");
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var size = element.Value<string>("size");
        if (size is "Large" or "ExtraLarge" && text.Length <= BlockKitRenderer.MaxHeaderChars && !text.Contains('\n'))
        {
            blocks.Add(SlackBlocks.Header(text));
        }
        else if (element.Value<string>("weight") == "Bolder")
        {
            AddSection(blocks, $"*{SlackMrkdwn.FromMarkdown(text)}*");
        }
        else if (element.Value<bool?>("isSubtle") == true)
        {
            blocks.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(text)));
        }
        else
        {
            AddSection(blocks, SlackMrkdwn.FromMarkdown(text));
        }
    }

    private static void AddTable(JToken table, JArray blocks)
    {
        var lines = new StringBuilder();
        foreach (var row in table["rows"] as JArray ?? [])
        {
            var cells = (row["cells"] as JArray ?? []).Select(CellText);
            lines.Append(string.Join(" | ", cells)).Append('\n');
        }

        AddSection(blocks, lines.ToString().TrimEnd());
    }

    private static string CellText(JToken cell)
    {
        var texts = new List<string>();
        foreach (var item in cell["items"] as JArray ?? [])
        {
            if (item.Value<string>("text") is { } text)
            {
                texts.Add(SlackMrkdwn.FromMarkdown(text));
            }
        }

        return string.Join(" ", texts);
    }

    private static void AddActions(JToken? actions, List<JObject> buttons)
    {
        foreach (var action in actions as JArray ?? [])
        {
            var title = action.Value<string>("title") ?? "?";
            switch (action.Value<string>("type"))
            {
                case "Action.Submit":
                case "Action.Execute":
                    if (Button(title, action["data"] ?? new JObject()) is { } button)
                    {
                        buttons.Add(button);
                    }

                    break;
                case "Action.OpenUrl" when action.Value<string>("url") is { } url:
                    buttons.Add(SlackBlocks.LinkButton(string.Empty, title, url));
                    break;
                case "Action.ShowCard":
                    AddActions(action["card"]?["actions"], buttons);
                    break;
            }
        }
    }

    private static void AddHero(JObject hero, JArray blocks, List<JObject> buttons)
    {
        if (hero.Value<string>("title") is { Length: > 0 } title)
        {
            AddSection(blocks, $"*{SlackMrkdwn.FromMarkdown(title)}*");
        }

        AddSection(blocks, SlackMrkdwn.FromMarkdown(hero.Value<string>("subtitle")));
        AddSection(blocks, SlackMrkdwn.FromMarkdown(hero.Value<string>("text")));
        foreach (var action in hero["buttons"] as JArray ?? [])
        {
            AddCardAction(action.Value<string>("type"), action.Value<string>("title"), action["value"], buttons);
        }
    }

    private static void AddCardAction(string? type, string? title, object? value, List<JObject> buttons)
    {
        var token = value switch
        {
            null => null,
            JToken json => json,
            string text => new JValue(text),
            var other => JToken.FromObject(other),
        };
        if (token is null)
        {
            return;
        }

        if (type == ActionTypes.OpenUrl)
        {
            buttons.Add(SlackBlocks.LinkButton(string.Empty, title ?? token.ToString(), token.ToString()));
        }
        else if (Button(title ?? token.ToString(), token) is { } button)
        {
            buttons.Add(button);
        }
    }

    private static JObject? Button(string title, JToken data) => SlackBlocks.Button(string.Empty, title, data);

    private static void AddSection(JArray blocks, string mrkdwn)
    {
        if (!string.IsNullOrWhiteSpace(mrkdwn))
        {
            blocks.Add(SlackBlocks.Section(mrkdwn));
        }
    }
}
