using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// One knowledge-base entry seen the same way whatever its kind: what it is called, what it says (summary first,
/// then whole detail items in reading order), which markets it is about, the sources its own text came from, and
/// what could not be (re-)verified about it (its caveat).
/// </summary>
internal sealed record AnswerEntry(
    SearchEntryType Type,
    string Id,
    string? ParentId,
    LocalizedText Title,
    LocalizedText Summary,
    IReadOnlyList<LocalizedText> Details,
    IReadOnlyList<string> SourceIds,
    DateOnly? Reviewed,
    IReadOnlyList<string> Markets,
    LocalizedText? Caveat = null)
{
    /// <summary>The whole text of the entry in one language (for term matching and mention checks).</summary>
    public string FullText(string language) =>
        string.Join('\n', Details.Select(d => d.Get(language)).Prepend(Summary.Get(language)).Prepend(Title.Get(language)));

    /// <summary>A rule of every market (its markets say "global": the air rules for lithium batteries), so a question
    /// naming any market may be answered by it.</summary>
    public bool AppliesEverywhere => Markets.Contains("global", StringComparer.OrdinalIgnoreCase);

    public static (SearchEntryType, string) KeyOf(SearchEntryType type, string id) => (type, id.ToLowerInvariant());
}
