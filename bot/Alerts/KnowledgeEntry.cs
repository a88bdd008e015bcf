namespace CrossBorderBot.Alerts;

/// <summary>A knowledge-base entry that alerts watch for edits: its key, markets, what it is, and a fingerprint of its content.</summary>
public sealed record KnowledgeEntry(
    string Key,
    IReadOnlyList<string> Markets,
    LocalizedText Name,
    LocalizedText Summary,
    IReadOnlyList<LocalizedText> Steps,
    IReadOnlyList<string> SourceIds,
    string Fingerprint);
