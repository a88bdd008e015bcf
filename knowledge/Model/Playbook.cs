namespace CrossBorderBot.Knowledge.Model;

/// <summary>An issue playbook (playbooks/<id>.yaml).</summary>
public sealed record Playbook
{
    public required string Id { get; init; }

    public IssueType IssueType { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }

    public required LocalizedTerms Keywords { get; init; }

    public IReadOnlyList<LocalizedText> Symptoms { get; init; } = [];

    public IReadOnlyList<LocalizedText> Causes { get; init; } = [];

    public IReadOnlyList<PlaybookStep> Steps { get; init; } = [];

    public IReadOnlyList<LocalizedText> Prevention { get; init; } = [];

    public IReadOnlyList<string> Markets { get; init; } = [];

    public IReadOnlyList<string> Channels { get; init; } = [];

    public IReadOnlyList<MarketNote> MarketNotes { get; init; } = [];

    public IReadOnlyList<string> Related { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Shown to users with this entry: what could not be re-verified, and since when (null when all was checked).</summary>
    public LocalizedText? Caveat { get; init; }

    public DateOnly Reviewed { get; init; }
}
