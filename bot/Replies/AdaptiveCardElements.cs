using System.Text.Json;

namespace CrossBorderBot.Replies;

/// <summary>
/// The Adaptive Card 1.5 elements and actions every block writer builds from, written property by property in the
/// order the cards have always had (a null text is written as null, as before). "Start…" writes an element's fixed
/// properties and leaves the object open for the caller's extra ones.
/// </summary>
internal static class AdaptiveCardElements
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static void TextBlock(Utf8JsonWriter writer, string? text)
    {
        StartTextBlock(writer, text);
        writer.WriteEndObject();
    }

    public static void StartTextBlock(Utf8JsonWriter writer, string? text)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", text);
        writer.WriteBoolean("wrap", true);
    }

    /// <summary>Small, subdued text: notes such as "…and 3 more" or a source's details.</summary>
    public static void Subtle(Utf8JsonWriter writer, string text)
    {
        StartSubtle(writer, text);
        writer.WriteEndObject();
    }

    public static void StartSubtle(Utf8JsonWriter writer, string text)
    {
        StartTextBlock(writer, text);
        writer.WriteString("size", "Small");
        writer.WriteBoolean("isSubtle", true);
    }

    /// <summary>A button that opens a web link, or else sends the action's verb and data back.</summary>
    public static void Action(Utf8JsonWriter writer, ReplyAction action)
    {
        if (ReplyMarkdown.IsWebLink(action.Url))
        {
            StartAction(writer, "Action.OpenUrl", action.Title);
            writer.WriteString("url", action.Url);
            writer.WriteEndObject();
            return;
        }

        StartSubmit(writer, action.Title);
        ReplySubmitData.Write(writer, action);
        writer.WriteEndObject();
    }

    /// <summary>An Action.Submit up to its "data" property: the caller writes the data object and ends the action.</summary>
    public static void StartSubmit(Utf8JsonWriter writer, string title)
    {
        StartAction(writer, "Action.Submit", title);
        writer.WritePropertyName("data");
    }

    /// <summary>An ActionSet up to its open "actions" array: the caller writes the buttons and calls <see cref="EndActionSet"/>.</summary>
    public static void StartActionSet(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "ActionSet");
        writer.WriteStartArray("actions");
    }

    public static void EndActionSet(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// A button that opens a nested card in place, without a round trip to the bot, up to the nested card's open
    /// object after its "type": the caller writes the card's members and ends both objects (<see cref="EndShowCard"/>).
    /// </summary>
    public static void StartShowCard(Utf8JsonWriter writer, string title)
    {
        StartAction(writer, "Action.ShowCard", title);
        writer.WriteStartObject("card");
        writer.WriteString("type", "AdaptiveCard");
    }

    public static void EndShowCard(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Any button's opening: its type and title, the object left open for the kind's own properties.</summary>
    private static void StartAction(Utf8JsonWriter writer, string type, string title)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteString("title", title);
    }

    public static void Choice(Utf8JsonWriter writer, ReplyChoice choice)
    {
        writer.WriteStartObject();
        writer.WriteString("title", choice.Title);
        writer.WriteString("value", choice.Value);
        writer.WriteEndObject();
    }

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
