namespace CrossBorderBot.Understanding;

/// <summary>
/// Makes any message safe and plain for the recognizer: control, format and private-use characters, lone surrogates
/// and channel markup (Slack <c>&lt;@U123&gt;</c> mentions, <c>&lt;#C1|name&gt;</c> channels, <c>&lt;url|label&gt;</c> links,
/// Teams <c>&lt;at&gt;Bot&lt;/at&gt;</c>) become spaces.
/// </summary>
/// <remarks>
/// The result always has the same length as the input, so positions found in it are positions in what the user typed.
/// The host may strip control characters too; the recognizer does not rely on it.
/// </remarks>
internal static partial class MessageText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                // A valid pair (emoji and rare ideographs) is harmless; keep both halves.
                i++;
                continue;
            }

            if (IsUnsafe(c))
            {
                chars[i] = ' ';
            }
        }

        var cleaned = new string(chars);
        return cleaned.Contains('<', StringComparison.Ordinal) || cleaned.Contains('&', StringComparison.Ordinal)
            ? BlankMarkup(cleaned)
            : cleaned;
    }

    private static bool IsUnsafe(char c) =>
        char.IsSurrogate(c)
        || c is '\uFFFE' or '\uFFFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator;

    private static string BlankMarkup(string text)
    {
        var builder = new StringBuilder(text);
        foreach (Match m in MentionRegex().Matches(text))
        {
            Blank(builder, m.Index, m.Length);
        }

        foreach (Match m in LinkRegex().Matches(text))
        {
            // Keep a link's label ("<https://x|our store>" reads "our store"); drop the address and brackets.
            var label = m.Groups["label"];
            if (label.Success)
            {
                Blank(builder, m.Index, label.Index - m.Index);
                Blank(builder, label.Index + label.Length, m.Index + m.Length - (label.Index + label.Length));
            }
            else
            {
                Blank(builder, m.Index, m.Length);
            }
        }

        foreach (Match m in EscapeRegex().Matches(text))
        {
            builder[m.Index] = m.Value switch
            {
                "&amp;" => '&',
                "&lt;" => '<',
                _ => '>',
            };
            Blank(builder, m.Index + 1, m.Length - 1);
        }

        return builder.ToString();
    }

    private static void Blank(StringBuilder builder, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            builder[i] = ' ';
        }
    }

    [GeneratedRegex(@"<[@#!][^<>\s]*>|<at>[^<>]*</at>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MentionRegex();

    [GeneratedRegex(@"<(?:https?|mailto|tel):[^<>|\s]*(?:\|(?<label>[^<>]*))?>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkRegex();

    [GeneratedRegex("&(?:amp|lt|gt);", RegexOptions.CultureInvariant)]
    private static partial Regex EscapeRegex();
}
