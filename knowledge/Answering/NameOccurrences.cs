using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Where one name of the knowledge base occurs in a question, as sellers write it: whole words only (Chinese names
/// anywhere), a plural of a name ("epackets", "dedicated lines"), and an acronym glued to the number it qualifies
/// ("MOQ500": the number is part of the name, not an amount quoted). Split from <see cref="EntityCatalog"/>.
/// </summary>
internal static class NameOccurrences
{
    /// <summary>The start and length of each occurrence of <paramref name="surface"/> in <paramref name="text"/>.</summary>
    /// <param name="caseSensitive">A short name that is also an everyday word ("US", "noon") counts only as written.</param>
    /// <param name="marketCode">A market's code, which also counts in lower case where the words around it make it one.</param>
    public static IEnumerable<(int Start, int Length)> Of(string text, string surface, EntityKind kind, bool caseSensitive, bool marketCode)
    {
        // "us de minimis", "de vat rate": a market's code typed in lower case, where the words around it make it the code.
        var code = caseSensitive && marketCode;
        var comparison = caseSensitive && !code ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var cjk = KnowledgeLanguage.ContainsCjk(surface);
        for (var at = text.IndexOf(surface, comparison); at >= 0; at = text.IndexOf(surface, at + 1, comparison))
        {
            if (code && !string.Equals(text.Substring(at, surface.Length), surface, StringComparison.Ordinal) && !LowercaseMarketCode.ReadsAsCode(text, at, surface.Length))
            {
                continue;
            }

            var end = at + surface.Length;
            if (cjk || (Boundary(text, at - 1) && Boundary(text, end)))
            {
                yield return (at, surface.Length);
            }
            else if (Boundary(text, at - 1) && !caseSensitive && PluralEnd(text, end, surface, kind))
            {
                yield return (at, surface.Length + 1);
            }
            else if (Boundary(text, at - 1) && !caseSensitive && IsAcronym(surface) && GluedNumberLength(text, end) is > 0 and var digits)
            {
                yield return (at, surface.Length + digits);
            }
        }
    }

    private static bool Boundary(string text, int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) && text[index] < '\u2E80');

    // "epackets", "dedicated lines": the plural of a thing's name. Places are left alone ("Frances" is no France).
    private static bool PluralEnd(string text, int end, string surface, EntityKind kind) =>
        kind is not (EntityKind.Market or EntityKind.Country) && char.IsLetter(surface[^1]) && !surface.EndsWith('s')
        && end < text.Length && char.ToLowerInvariant(text[end]) == 's' && Boundary(text, end + 1);

    // An acronym as the data writes it: two to five capitals ("MOQ", "SKU", "RFQ").
    private static bool IsAcronym(string surface) => surface.Length is >= 2 and <= 5 && surface.All(char.IsAsciiLetterUpper);

    // "MOQ500": the digits right after the acronym, up to the next boundary ("moq 1000", written apart, needs nothing).
    private static int GluedNumberLength(string text, int end)
    {
        var n = 0;
        while (end + n < text.Length && char.IsAsciiDigit(text[end + n]))
        {
            n++;
        }

        return n > 0 && Boundary(text, end + n) ? n : 0;
    }
}
