using System.Text;
using CrossBorderBot.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Terminal;

/// <summary>
/// Renders cards as plain text for the terminal when no reply model is behind them (a card built by hand, a hero
/// card from the SDK); replies are rendered from the model by <see cref="TerminalReplyRenderer"/>. Actions are not
/// printed here: they are collected so the caller can number them and map a typed number back to the action.
/// </summary>
public static class CardTextRenderer
{
    public const string AdaptiveCardContentType = AdaptiveCardRenderer.ContentType;

    public static void Render(Attachment attachment, StringBuilder text, List<TerminalAction> actions)
    {
        var content = attachment.Content is JToken token ? token : attachment.Content is null ? null : JToken.FromObject(attachment.Content);
        if (content is null)
        {
            return;
        }

        if (attachment.ContentType == AdaptiveCardContentType)
        {
            RenderElements(content["body"], text, actions);
            RenderActions(content["actions"], actions);
        }
        else if (attachment.ContentType == HeroCard.ContentType || attachment.ContentType == ThumbnailCard.ContentType)
        {
            AppendLine(text, content.Value<string>("title"));
            AppendLine(text, content.Value<string>("subtitle"));
            AppendLine(text, content.Value<string>("text"));
            foreach (var button in content["buttons"] ?? new JArray())
            {
                var type = button.Value<string>("type");
                var title = button.Value<string>("title") ?? button.Value<string>("value") ?? "?";
                actions.Add(type == ActionTypes.OpenUrl
                    ? new TerminalAction(title, Url: button.Value<string>("value"))
                    : new TerminalAction(title, MessageText: button["value"]?.ToString() ?? title));
            }
        }
        else
        {
            AppendLine(text, $"[{attachment.ContentType} attachment{(attachment.Name is null ? string.Empty : ": " + attachment.Name)}]");
        }
    }

    private static void RenderElements(JToken? elements, StringBuilder text, List<TerminalAction> actions)
    {
        if (elements is not JArray array)
        {
            return;
        }

        foreach (var element in array)
        {
            switch (element.Value<string>("type"))
            {
                case "TextBlock":
                    AppendLine(text, element.Value<string>("weight") == "Bolder"
                        ? $"** {element.Value<string>("text")} **"
                        : element.Value<string>("text"));
                    break;
                case "RichTextBlock":
                    AppendLine(text, string.Concat((element["inlines"] ?? new JArray()).Select(inline => inline.Type == JTokenType.String ? inline.ToString() : inline.Value<string>("text"))));
                    break;
                case "FactSet":
                    foreach (var fact in element["facts"] ?? new JArray())
                    {
                        AppendLine(text, $"  {fact.Value<string>("title")}: {fact.Value<string>("value")}");
                    }

                    break;
                case "Container":
                    RenderElements(element["items"], text, actions);
                    break;
                case "ColumnSet":
                    foreach (var column in element["columns"] ?? new JArray())
                    {
                        RenderElements(column["items"], text, actions);
                    }

                    break;
                case "ActionSet":
                    RenderActions(element["actions"], actions);
                    break;
                case "Image":
                    AppendLine(text, $"[image{(element.Value<string>("altText") is { } alt ? ": " + alt : string.Empty)}]");
                    break;
                case "Table":
                    foreach (var row in element["rows"] ?? new JArray())
                    {
                        var cells = (row["cells"] ?? new JArray()).Select(cell => CellText(cell));
                        AppendLine(text, "  | " + string.Join(" | ", cells) + " |");
                    }

                    break;
                default:
                    // Inputs are asked one question at a time in the terminal, so forms never reach here.
                    break;
            }
        }
    }

    private static string CellText(JToken cell)
    {
        var builder = new StringBuilder();
        RenderElements(cell["items"], builder, []);
        return builder.ToString().Trim().Replace(Environment.NewLine, " ");
    }

    private static void RenderActions(JToken? actionList, List<TerminalAction> actions)
    {
        if (actionList is not JArray array)
        {
            return;
        }

        foreach (var action in array)
        {
            var title = action.Value<string>("title") ?? "?";
            switch (action.Value<string>("type"))
            {
                case "Action.Submit":
                case "Action.Execute":
                    // A string payload arrives as typed text on every channel; an object payload as the activity's value.
                    var data = action["data"];
                    actions.Add(data?.Type == JTokenType.String
                        ? new TerminalAction(title, MessageText: data.ToString())
                        : new TerminalAction(title, SubmitData: data?.DeepClone() ?? new JObject()));
                    break;
                case "Action.OpenUrl":
                    actions.Add(new TerminalAction(title, Url: action.Value<string>("url")));
                    break;
                case "Action.ShowCard":
                    RenderActions(action["card"]?["actions"], actions);
                    break;
            }
        }
    }

    private static void AppendLine(StringBuilder text, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            text.AppendLine(line);
        }
    }
}
