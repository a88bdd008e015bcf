using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Builders for the few Block Kit shapes the adapter produces itself, with Slack's size limits applied: the limits of
/// <see cref="BlockKitRenderer"/>, the one place they are defined.
/// </summary>
public static class SlackBlocks
{
    /// <summary>A text section; longer than <see cref="BlockKitRenderer.MaxSectionTextChars"/> is split later by the message renderer.</summary>
    public static JObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JObject { ["type"] = "mrkdwn", ["text"] = mrkdwn },
    };

    public static JObject Fields(IEnumerable<string> mrkdwnFields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JArray(mrkdwnFields.Take(BlockKitRenderer.MaxFieldsPerSection).Select(field => new JObject
        {
            ["type"] = "mrkdwn",
            ["text"] = Truncate(field, BlockKitRenderer.MaxFieldChars),
        })),
    };

    public static JObject Header(string plainText) => new()
    {
        ["type"] = "header",
        ["text"] = new JObject { ["type"] = "plain_text", ["text"] = Truncate(plainText, BlockKitRenderer.MaxHeaderChars) },
    };

    public static JObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JArray(new JObject { ["type"] = "mrkdwn", ["text"] = Truncate(mrkdwn, BlockKitRenderer.MaxFieldChars) }),
    };

    public static JObject Image(string url, string altText) => new()
    {
        ["type"] = "image",
        ["image_url"] = url,
        ["alt_text"] = Truncate(altText, BlockKitRenderer.MaxFieldChars),
    };

    /// <summary>A button that sends <paramref name="value"/> back (a JSON object, or text to treat as typed).</summary>
    public static JObject? Button(string actionId, string title, JToken value)
    {
        var text = value.Type == JTokenType.String ? (string)value! : value.ToString(Formatting.None);
        if (text.Length > BlockKitRenderer.MaxButtonValueChars)
        {
            // A clipped JSON value would not parse; a button that cannot work is better left out.
            return null;
        }

        return new JObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = new JObject { ["type"] = "plain_text", ["text"] = Truncate(title, BlockKitRenderer.MaxButtonTextChars), ["emoji"] = true },
            ["value"] = text,
        };
    }

    public static JObject LinkButton(string actionId, string title, string url) => new()
    {
        ["type"] = "button",
        ["action_id"] = actionId,
        ["text"] = new JObject { ["type"] = "plain_text", ["text"] = Truncate(title, BlockKitRenderer.MaxButtonTextChars), ["emoji"] = true },
        ["url"] = url,
    };

    /// <summary>Actions blocks holding the buttons, at most 25 to a block.</summary>
    public static IEnumerable<JObject> Actions(IReadOnlyList<JObject> elements)
    {
        for (var start = 0; start < elements.Count; start += BlockKitRenderer.MaxElementsPerActions)
        {
            yield return new JObject
            {
                ["type"] = "actions",
                ["elements"] = new JArray(elements.Skip(start).Take(BlockKitRenderer.MaxElementsPerActions)),
            };
        }
    }

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
