using System.Text.RegularExpressions;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Turns the bot's Markdown-ish text into Slack's mrkdwn: the control characters escaped, <c>**bold**</c> as
/// <c>*bold*</c>, <c>[title](url)</c> as <c>&lt;url|title&gt;</c>, headings as bold lines, list dashes as bullets.
/// </summary>
public static partial class SlackMrkdwn
{
    public static string FromMarkdown(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        var text = Escape(markdown.Replace("\r\n", "\n"));
        text = Link().Replace(text, match => $"<{match.Groups["url"].Value}|{match.Groups["title"].Value}>");
        text = Bold().Replace(text, match => $"*{match.Groups["inner"].Value}*");
        text = Heading().Replace(text, match => $"*{match.Groups["title"].Value.Trim()}*");
        text = Bullet().Replace(text, match => $"{match.Groups["indent"].Value}• ");
        return text;
    }

    /// <summary>Slack reads <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as markup; user-visible ones must be escaped.</summary>
    public static string Escape(string text) => Replies.ReplyMarkdown.EscapeSlack(text);

    [GeneratedRegex(@"\[(?<title>[^\]\n]+)\]\((?<url>https?://[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(?<inner>\S(?:.*?\S)?)\1")]
    private static partial Regex Bold();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<indent>[ \t]*)[-*]\s+", RegexOptions.Multiline)]
    private static partial Regex Bullet();
}
