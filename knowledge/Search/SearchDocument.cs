using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Search;

/// <summary>One indexed entry, flattened into names, summary and details per language.</summary>
internal sealed record SearchDocument(
    SearchEntryType Type,
    string Id,
    string? ParentId,
    LocalizedText Title,
    IReadOnlyList<string> NamesEn,
    IReadOnlyList<string> NamesZh,
    string SummaryEn,
    string SummaryZh,
    IReadOnlyList<string> DetailsEn,
    IReadOnlyList<string> DetailsZh,
    IReadOnlyList<string> SourceIds,
    DateOnly? Reviewed);
