namespace CrossBorderBot.Replies;

/// <summary>The light markdown of <see cref="ParagraphBlock"/>: clean-up, shortening, and Slack's mrkdwn dialect.</summary>
internal static partial class ReplyMarkdown
{
    /// <summary>Unix line ends, no trailing blanks, at most one empty line in a row.</summary>
    public static string Normalize(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd());
        return ExtraBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim('\n');
    }

    /// <summary>At most <paramref name="maxChars"/> characters, cut at a space when one is near, ending in "…".</summary>
    public static string Cut(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var length = Math.Max(1, maxChars - 1);
        var space = text.LastIndexOfAny([' ', '\n'], length - 1, Math.Min(length, 40));
        if (space > 0)
        {
            length = space;
        }
        else if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }

    /// <summary>Only http(s) links become buttons or links; anything else would be refused by the clients.</summary>
    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Text safe to put inside a markdown link's brackets.</summary>
    public static string LinkText(string text) => text.Replace('[', '(').Replace(']', ')');

    /// <summary>
    /// Slack mrkdwn: <c>&amp; &lt; &gt;</c> escaped, <c>**bold**</c> as <c>*bold*</c>, <c>[t](url)</c> as
    /// <c>&lt;url|t&gt;</c>, headings as bold lines, bullets as "•". The one converter for every Slack text, rendered
    /// reply or plain activity text.
    /// </summary>
    public static string ToSlack(string markdown)
    {
        var text = EscapeSlack(Normalize(markdown));
        text = MarkdownLink().Replace(text, match => $"<{match.Groups["url"].Value}|{match.Groups["title"].Value.Replace("|", "/", StringComparison.Ordinal)}>");
        text = MarkdownBold().Replace(text, match => $"*{match.Groups["text"].Value}*");
        var builder = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var bullet = BulletLine().Match(line);
            var heading = HeadingLine().Match(line);
            builder.Append(bullet.Success ? bullet.Groups["indent"].Value + "• " + bullet.Groups["text"].Value
                : heading.Success ? $"*{heading.Groups["text"].Value.Trim()}*"
                : line).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>Slack requires these three characters escaped in any text it parses.</summary>
    public static string EscapeSlack(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A Slack link; the title must not contain "|" or "&gt;" and the url is already safe.</summary>
    public static string SlackLink(string url, string title) =>
        $"<{url.Replace("|", "%7C", StringComparison.Ordinal)}|{EscapeSlack(title).Replace("|", "/", StringComparison.Ordinal)}>";

    /// <summary>Markdown without its markup, for places that show plain text (Slack's plain_text, notification text).</summary>
    public static string Strip(string markdown)
    {
        var text = MarkdownLink().Replace(Normalize(markdown), match => $"{match.Groups["title"].Value} ({match.Groups["url"].Value})");
        return MarkdownBold().Replace(text, match => match.Groups["text"].Value);
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"\[(?<title>[^\]\n]+)\]\((?<url>https?://[^\s)]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*\*(?<text>[^*\n]+)\*\*|__(?<text>[^_\n]+)__")]
    private static partial Regex MarkdownBold();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?<indent>\s*)[-*]\s+(?<text>.*)$")]
    private static partial Regex BulletLine();
}
