using CrossBorderBot.Knowledge;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Knowledge.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrossBorderBot.Knowledge.Tests;

/// <summary>The knowledge health check reports the loaded base without building the search index for a probe.</summary>
public class KnowledgeBaseHealthCheckTests
{
    [Fact]
    public async Task A_probe_before_any_search_is_healthy_and_leaves_the_index_unbuilt()
    {
        using var provider = new ServiceCollection().AddKnowledgeBase(FixtureData.ValidDirectory).BuildServiceProvider();
        var search = provider.GetRequiredService<KnowledgeSearch>();

        var health = await provider.GetRequiredService<KnowledgeBaseHealthCheck>().CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.False(search.IsBuilt);
        Assert.Equal(false, health.Data["searchIndexBuilt"]);
        Assert.False(health.Data.ContainsKey("indexedEntries"));
    }

    [Fact]
    public async Task After_the_first_search_the_probe_reports_the_indexed_entries()
    {
        using var provider = new ServiceCollection().AddKnowledgeBase(FixtureData.ValidDirectory).BuildServiceProvider();
        var search = provider.GetRequiredService<KnowledgeSearch>();

        _ = search.Search("shipping");
        var health = await provider.GetRequiredService<KnowledgeBaseHealthCheck>().CheckHealthAsync(new HealthCheckContext());

        Assert.True(search.IsBuilt);
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal(search.DocumentCount, health.Data["indexedEntries"]);
        Assert.True(search.DocumentCount > 0);
    }
}
