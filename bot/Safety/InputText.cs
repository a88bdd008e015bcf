namespace CrossBorderBot.Safety;

/// <summary>The character-level cleaning behind <see cref="InputNormalizationMiddleware"/>.</summary>
public static class InputText
{
    /// <summary>The text without invisible control code points; the same instance when there was nothing to remove.</summary>
    public static string? Clean(string? text)
    {
        if (text is null || !NeedsCleaning(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (!IsUnwanted(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    public static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnwanted(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Controls other than tab and line breaks, an unpaired surrogate, a non-character (U+FFFE, U+FFFF), the bidirectional
    /// embedding, override and isolate marks (U+202A–U+202E, U+2066–U+2069: echoed in a reply, an override turns the rest
    /// of the bot's line around), and the invisible word breakers (zero-width space, word joiner, byte-order mark) that
    /// split a word in two. Zero-width joiners stay: emoji sequences need them.
    /// </summary>
    private static bool IsUnwanted(char c)
        => (char.IsControl(c) && c is not '\t' and not '\n' and not '\r')
            || char.IsSurrogate(c)
            || c is '\uFFFE' or '\uFFFF'
            || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
            || c is '\u200B' or '\u2060' or '\uFEFF';
}
