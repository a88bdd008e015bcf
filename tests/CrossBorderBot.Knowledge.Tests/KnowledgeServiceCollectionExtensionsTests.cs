using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrossBorderBot.Knowledge.Tests;

public class KnowledgeServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Registers_knowledge_base_search_advisors_and_health_check()
    {
        using var provider = new ServiceCollection().AddKnowledgeBase(FixtureData.ValidDirectory).BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<KnowledgeBase>(), provider.GetRequiredService<KnowledgeBase>());
        Assert.NotNull(provider.GetRequiredService<PlatformAdvisor>());
        Assert.NotNull(provider.GetRequiredService<LogisticsAdvisor>());
        Assert.NotNull(provider.GetRequiredService<LandedCostCalculator>());
        Assert.NotNull(provider.GetRequiredService<ReadinessAssessor>());
        Assert.NotEmpty(provider.GetRequiredService<IssueTriage>().Triage(new TriageInput("held at customs")));
        var health = await provider.GetRequiredService<KnowledgeBaseHealthCheck>().CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    [Fact]
    public void Broken_data_fails_loudly_listing_every_problem()
    {
        using var folder = new TempDataFolder();
        folder.Write("glossary.yaml", "terms: []\nextra: 1\n");
        folder.Write("export-modes.yaml", "exportModes: [ { id: x } ]\n");
        using var provider = new ServiceCollection().AddKnowledgeBase(folder.Path).BuildServiceProvider();

        var ex = Assert.Throws<KnowledgeBaseLoadException>(() => provider.GetRequiredService<KnowledgeBase>());

        Assert.True(ex.Problems.Count >= 2);
        Assert.Contains("glossary.yaml:2:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("export-modes.yaml:1:", ex.Message, StringComparison.Ordinal);
    }
}
