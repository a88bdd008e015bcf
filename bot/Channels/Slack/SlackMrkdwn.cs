namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Turns the bot's Markdown-ish text into Slack's mrkdwn for messages that come as plain activity text (not as a
/// rendered reply): the same conversion as the Block Kit renderer's, so a text reads the same whichever way it came.
/// </summary>
public static class SlackMrkdwn
{
    public static string FromMarkdown(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? string.Empty : Replies.ReplyMarkdown.ToSlack(markdown);

    /// <summary>Slack reads <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as markup; user-visible ones must be escaped.</summary>
    public static string Escape(string text) => Replies.ReplyMarkdown.EscapeSlack(text);
}
