namespace CrossBorderBot.Alerts;

/// <summary>One knowledge-base entry's part of a <see cref="RuleChange"/>: which rule, what changes, what to do, and its sources.</summary>
public sealed record RuleChangeItem(
    string EntryId,
    LocalizedText Rule,
    LocalizedText Change,
    IReadOnlyList<LocalizedText> Steps,
    IReadOnlyList<string> SourceIds);
