using CrossBorderBot.Channels.Teams;
using CrossBorderBot.Language;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>A knowledge search with a fixed list of entries; records what it was asked.</summary>
public sealed class TeamsFakeKnowledgeSearch : IKnowledgeSearchForTeams
{
    public List<(string? Query, string Language, int Skip, int Count)> Calls { get; } = [];

    public Task<IReadOnlyList<TeamsSearchResult>> SearchAsync(string? query, BotLanguage language, int skip, int count, CancellationToken cancellationToken)
    {
        lock (Calls)
        {
            Calls.Add((query, language.Tag, skip, count));
        }

        var entries = Enumerable.Range(1, 30).Select(i => new TeamsSearchResult
        {
            Id = $"entry-{i}",
            Kind = "Issue playbook",
            Title = $"Entry {i} about {query ?? "everything"}",
            Summary = $"Summary {i}",
            Sources = [new TeamsSearchSource("EU VAT e-commerce rules", "European Commission", "https://example.com/vat")],
            Reviewed = new DateOnly(2026, 11, 1),
        });
        var matching = query == "nothing-matches" ? [] : entries;
        return Task.FromResult<IReadOnlyList<TeamsSearchResult>>([.. matching.Skip(skip).Take(count)]);
    }
}
