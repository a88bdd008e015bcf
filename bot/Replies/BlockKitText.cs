namespace CrossBorderBot.Replies;

/// <summary>Text measures for Block Kit: where to split long text, and how wide text is in a monospace font.</summary>
internal static class BlockKitText
{
    /// <summary>Splits text into pieces of at most <paramref name="maxChars"/>, between lines, else between words, else anywhere.</summary>
    public static IEnumerable<string> Split(string text, int maxChars)
    {
        var rest = text.Trim('\n');
        while (rest.Length > maxChars)
        {
            var cut = rest.LastIndexOf('\n', maxChars);
            if (cut <= 0)
            {
                cut = rest.LastIndexOf(' ', maxChars);
            }

            if (cut <= 0)
            {
                cut = char.IsHighSurrogate(rest[maxChars - 1]) ? maxChars - 1 : maxChars;
            }

            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>Columns line up in a monospace font only if Chinese characters count double.</summary>
    public static int DisplayWidth(string text) =>
        text.Sum(c => c is (>= '\u1100' and <= '\u115f') or (>= '\u2e80' and <= '\ua4cf') or (>= '\uac00' and <= '\ud7a3') or (>= '\uf900' and <= '\ufaff') or (>= '\uff00' and <= '\uff60') or (>= '\uffe0' and <= '\uffe6') ? 2 : 1);
}
