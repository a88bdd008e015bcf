using System.Buffers;

namespace CrossBorderBot.Understanding;

/// <summary>
/// The strings every match of a cue contains one of (<see cref="RequiredLiterals"/>), grouped for the search that is
/// fastest for each: the ASCII ones ignoring case (a vectorised search), the ones without an ASCII letter (Chinese
/// characters, punctuation, digits: they have no case, so an ordinal search is exact and needs no case table), and
/// any that mix the two ignoring case. One search over all of them ignoring case took the runtime's slow path for
/// case-insensitive non-ASCII strings: 1.4 % of a turn by the profile.
/// </summary>
internal sealed class RequiredStrings
{
    private static readonly SearchValues<char> RegexOnlyCaseVariants = SearchValues.Create(RequiredLiterals.RegexOnlyCaseVariants);

    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _caseless;
    private readonly SearchValues<string>? _mixed;

    private RequiredStrings(IReadOnlyList<string> strings)
    {
        _ascii = Search(strings.Where(s => Ascii.IsValid(s)), StringComparison.OrdinalIgnoreCase);
        _caseless = Search(strings.Where(s => !Ascii.IsValid(s) && !s.Any(char.IsAsciiLetter)), StringComparison.Ordinal);
        _mixed = Search(strings.Where(s => !Ascii.IsValid(s) && s.Any(char.IsAsciiLetter)), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The pattern's required strings, or null when it has none worth a search (its regex always runs).</summary>
    public static RequiredStrings? Of(string pattern, RegexOptions options) =>
        RequiredLiterals.Of(pattern, options) is { } strings ? new RequiredStrings(strings) : null;

    /// <summary>
    /// Whether the text holds one of the strings (ignoring case as the regex does), or a character only the regex
    /// takes for an ASCII letter, in which case it must be asked.
    /// </summary>
    /// <remarks>
    /// A text all in ASCII (most English messages) can hold none of the strings with other characters, nor a character
    /// only the regex takes for a letter (both outside ASCII): one vectorised look at the text spares those searches.
    /// </remarks>
    public bool MayBeIn(ReadOnlySpan<char> text) =>
        (_ascii is not null && text.ContainsAny(_ascii))
        || (!Ascii.IsValid(text)
            && ((_caseless is not null && text.ContainsAny(_caseless))
                || (_mixed is not null && text.ContainsAny(_mixed))
                || text.ContainsAny(RegexOnlyCaseVariants)));

    private static SearchValues<string>? Search(IEnumerable<string> strings, StringComparison comparison) =>
        strings.ToArray() is { Length: > 0 } values ? SearchValues.Create(values, comparison) : null;
}
