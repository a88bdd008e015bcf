namespace CrossBorderBot.Knowledge.Search;

/// <summary>Cuts a short passage around the first place a query word appears (summary first, then details).</summary>
internal static class SnippetBuilder
{
    private const int Length = 180;

    public static string Build(string summary, IReadOnlyList<string> details, IReadOnlyList<string> needles)
    {
        foreach (var text in details.Prepend(summary))
        {
            foreach (var needle in needles)
            {
                var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    return Window(text, at);
                }
            }
        }

        return Window(summary, 0);
    }

    private static string Window(string text, int at)
    {
        if (text.Length <= Length)
        {
            return text;
        }

        // Start at the beginning of the sentence holding the match when it is close enough, else a little before it.
        var start = Math.Max(0, at - 40);
        var sentence = text.LastIndexOfAny(['.', '。', '；', ';', '\n'], Math.Max(0, at - 1));
        if (sentence >= 0 && at - sentence < 120)
        {
            start = sentence + 1;
        }
        else if (at < 40)
        {
            start = 0;
        }

        var end = Math.Min(text.Length, start + Length);

        // Never cut a word in two ("…roducer-responsibility"): move both ends out to the nearest word boundary.
        while (start > 0 && IsWordChar(text[start - 1]) && IsWordChar(text[start]))
        {
            start--;
        }

        while (end < text.Length && IsWordChar(text[end - 1]) && IsWordChar(text[end]))
        {
            end++;
        }

        var window = text[start..end].Trim();
        return (start > 0 ? "…" : string.Empty) + window + (end < text.Length ? "…" : string.Empty);
    }

    // Chinese has no spaces between words; any character boundary there is acceptable.
    private static bool IsWordChar(char c) => (char.IsLetterOrDigit(c) || c is '-' or '\'' or '’') && c < '\u2E80';
}
