namespace CrossBorderBot.Channels.Teams;

/// <summary>One knowledge-base entry as the message extension shows it.</summary>
public sealed record TeamsSearchResult
{
    public required string Id { get; init; }

    /// <summary>What kind of entry it is, in words the user reads ("Playbook", "Logistics channel", ...).</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>A short passage: the part that matched, or the entry's summary.</summary>
    public required string Summary { get; init; }

    public IReadOnlyList<TeamsSearchSource> Sources { get; init; } = [];

    public DateOnly? Reviewed { get; init; }
}
