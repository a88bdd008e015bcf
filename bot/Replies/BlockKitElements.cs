using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>The Block Kit text objects and blocks the reply renderer builds from, with Slack's length limits applied.</summary>
internal static class BlockKitElements
{
    public static JObject PlainText(string text, int maxChars) =>
        new() { ["type"] = "plain_text", ["text"] = ReplyMarkdown.Cut(text, maxChars), ["emoji"] = true };

    public static JObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    public static JObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(mrkdwn) };

    public static JObject Context(params JObject[] elements) => new() { ["type"] = "context", ["elements"] = new JArray(elements) };

    public static JObject Option(string title, string value) =>
        new() { ["text"] = PlainText(title, BlockKitRenderer.MaxOptionTextChars), ["value"] = value };

    /// <summary>A bold line of mrkdwn, escaped.</summary>
    public static string Bold(string text) => "*" + ReplyMarkdown.EscapeSlack(text.Trim()) + "*";

    /// <summary>Items as a bulleted mrkdwn list.</summary>
    public static string Bullets(IEnumerable<string> items) => string.Join('\n', items.Select(item => "• " + ReplyMarkdown.ToSlack(item)));
}
