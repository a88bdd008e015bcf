using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Builders for the few Block Kit shapes the adapter produces itself, with Slack's size limits applied. The limits
/// are <see cref="BlockKitRenderer"/>'s, the one place they are defined; these names keep the adapter's code short.
/// </summary>
public static class SlackBlocks
{
    public const int MaxBlocksPerMessage = BlockKitRenderer.MaxBlocksPerMessage;
    public const int MaxSectionText = BlockKitRenderer.MaxSectionTextChars;
    public const int MaxFieldText = BlockKitRenderer.MaxFieldChars;
    public const int MaxFieldsPerSection = BlockKitRenderer.MaxFieldsPerSection;
    public const int MaxHeaderText = BlockKitRenderer.MaxHeaderChars;
    public const int MaxButtonText = BlockKitRenderer.MaxButtonTextChars;
    public const int MaxButtonValue = BlockKitRenderer.MaxButtonValueChars;
    public const int MaxElementsPerActions = BlockKitRenderer.MaxElementsPerActions;

    /// <summary>A text section; longer than <see cref="MaxSectionText"/> is split later by the message renderer.</summary>
    public static JObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JObject { ["type"] = "mrkdwn", ["text"] = mrkdwn },
    };

    public static JObject Fields(IEnumerable<string> mrkdwnFields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JArray(mrkdwnFields.Take(MaxFieldsPerSection).Select(field => new JObject
        {
            ["type"] = "mrkdwn",
            ["text"] = Truncate(field, MaxFieldText),
        })),
    };

    public static JObject Header(string plainText) => new()
    {
        ["type"] = "header",
        ["text"] = new JObject { ["type"] = "plain_text", ["text"] = Truncate(plainText, MaxHeaderText) },
    };

    public static JObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JArray(new JObject { ["type"] = "mrkdwn", ["text"] = Truncate(mrkdwn, MaxFieldText) }),
    };

    public static JObject Image(string url, string altText) => new()
    {
        ["type"] = "image",
        ["image_url"] = url,
        ["alt_text"] = Truncate(altText, MaxFieldText),
    };

    /// <summary>A button that sends <paramref name="value"/> back (a JSON object, or text to treat as typed).</summary>
    public static JObject? Button(string actionId, string title, JToken value)
    {
        var text = value.Type == JTokenType.String ? (string)value! : value.ToString(Formatting.None);
        if (text.Length > MaxButtonValue)
        {
            // A clipped JSON value would not parse; a button that cannot work is better left out.
            return null;
        }

        return new JObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = new JObject { ["type"] = "plain_text", ["text"] = Truncate(title, MaxButtonText), ["emoji"] = true },
            ["value"] = text,
        };
    }

    public static JObject LinkButton(string actionId, string title, string url) => new()
    {
        ["type"] = "button",
        ["action_id"] = actionId,
        ["text"] = new JObject { ["type"] = "plain_text", ["text"] = Truncate(title, MaxButtonText), ["emoji"] = true },
        ["url"] = url,
    };

    /// <summary>Actions blocks holding the buttons, at most 25 to a block.</summary>
    public static IEnumerable<JObject> Actions(IReadOnlyList<JObject> elements)
    {
        for (var start = 0; start < elements.Count; start += MaxElementsPerActions)
        {
            yield return new JObject
            {
                ["type"] = "actions",
                ["elements"] = new JArray(elements.Skip(start).Take(MaxElementsPerActions)),
            };
        }
    }

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
