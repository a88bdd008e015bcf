using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Search;

/// <summary>A ranked search result; <see cref="Snippet"/> is in the query's language (<see cref="Language"/>).</summary>
public sealed record SearchHit
{
    public required SearchEntryType EntryType { get; init; }

    public required string Id { get; init; }

    /// <summary>For entries that live inside another (an import rule in a market): the owner's id.</summary>
    public string? ParentId { get; init; }

    public required LocalizedText Title { get; init; }

    public required string Snippet { get; init; }

    public required string Language { get; init; }

    public required float Score { get; init; }

    public IReadOnlyList<Source> Sources { get; init; } = [];

    public DateOnly? Reviewed { get; init; }
}
