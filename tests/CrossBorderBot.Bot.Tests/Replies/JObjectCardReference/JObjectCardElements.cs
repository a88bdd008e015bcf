using CrossBorderBot.Replies;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies.JObjectCardReference;

/// <summary>The Adaptive Card 1.5 elements and actions every block writer builds from.</summary>
internal static class JObjectCardElements
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JObject TextBlock(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    /// <summary>Small, subdued text: notes such as "…and 3 more" or a source's details.</summary>
    public static JObject Subtle(string text)
    {
        var block = TextBlock(text);
        block["size"] = "Small";
        block["isSubtle"] = true;
        return block;
    }

    /// <summary>A button that opens a web link, or else sends the action's verb and data back.</summary>
    public static JObject Action(ReplyAction action) => ReplyMarkdown.IsWebLink(action.Url)
        ? new JObject { ["type"] = "Action.OpenUrl", ["title"] = action.Title, ["url"] = action.Url }
        : Submit(action.Title, ReplySubmitData.For(action));

    public static JObject Submit(string title, JObject data) =>
        new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    public static JObject ActionSet(JArray actions) => new() { ["type"] = "ActionSet", ["actions"] = actions };

    /// <summary>A button that opens a nested card in place, without a round trip to the bot.</summary>
    public static JObject ShowCard(string title, JObject card) =>
        new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    public static JObject Choice(ReplyChoice choice) => new() { ["title"] = choice.Title, ["value"] = choice.Value };

    public static string Cut(string text, int maxChars) => ReplyMarkdown.Cut(text, maxChars);

    /// <summary>Input ids must be unique in a card; a repeated id gets a number so both values still arrive.</summary>
    public static string UniqueId(string id, HashSet<string> used)
    {
        var candidate = string.IsNullOrWhiteSpace(id) ? "input" : id;
        for (var suffix = 2; !used.Add(candidate); suffix++)
        {
            candidate = $"{id}_{suffix}";
        }

        return candidate;
    }
}
