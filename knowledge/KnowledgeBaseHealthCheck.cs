using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrossBorderBot.Knowledge;

/// <summary>
/// Healthy when the knowledge base is loaded with content and, once the search index is built, the index holds entries.
/// The check never builds the index itself: the first search does (see <see cref="KnowledgeSearch"/>), so a health probe
/// does not load the search engine into a bot nobody has asked a free question.
/// </summary>
public sealed class KnowledgeBaseHealthCheck(KnowledgeBase knowledgeBase, KnowledgeSearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["platforms"] = knowledgeBase.Platforms.Count,
            ["logisticsChannels"] = knowledgeBase.LogisticsChannels.Count,
            ["markets"] = knowledgeBase.Markets.Count,
            ["playbooks"] = knowledgeBase.Playbooks.Count,
            ["searchIndexBuilt"] = search.IsBuilt,
        };
        var indexHolds = true;
        if (search.IsBuilt)
        {
            data["indexedEntries"] = search.DocumentCount;
            indexHolds = search.DocumentCount > 0;
        }

        var result = knowledgeBase.Platforms.Count > 0 && indexHolds
            ? HealthCheckResult.Healthy("Knowledge base loaded.", data)
            : HealthCheckResult.Unhealthy("Knowledge base is empty.", data: data);
        return Task.FromResult(result);
    }
}
