namespace CrossBorderBot.Knowledge.Search;

/// <summary>Optional narrowing of a search.</summary>
public sealed record SearchOptions
{
    /// <summary>Maximum number of hits (default 10).</summary>
    public int MaxHits { get; init; } = 10;

    /// <summary>Only these entry types (empty = all).</summary>
    public IReadOnlyCollection<SearchEntryType> EntryTypes { get; init; } = [];

    /// <summary>Force the query language ("en" or "zh-CN"); null = detect from the query (CJK → Chinese).</summary>
    public string? Language { get; init; }
}
