using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A playbook that matches the description: score 0–1 (keywords and full-text search), the keywords found,
/// and the playbook's note for the market when it has one.</summary>
public sealed record TriageMatch
{
    public required Playbook Playbook { get; init; }

    public required decimal Score { get; init; }

    public IReadOnlyList<string> MatchedKeywords { get; init; } = [];

    /// <summary>False when a market was given and the playbook names other markets only.</summary>
    public bool MarketConcerned { get; init; } = true;

    public LocalizedText? MarketNote { get; init; }

    public IReadOnlyList<string> SourceIds { get; init; } = [];
}
