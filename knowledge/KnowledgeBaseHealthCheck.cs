using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrossBorderBot.Knowledge;

/// <summary>Healthy when the knowledge base is loaded with content and its search index answers.</summary>
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
            ["indexedEntries"] = search.DocumentCount,
        };
        var result = knowledgeBase.Platforms.Count > 0 && search.DocumentCount > 0
            ? HealthCheckResult.Healthy("Knowledge base loaded.", data)
            : HealthCheckResult.Unhealthy("Knowledge base is empty.", data: data);
        return Task.FromResult(result);
    }
}
