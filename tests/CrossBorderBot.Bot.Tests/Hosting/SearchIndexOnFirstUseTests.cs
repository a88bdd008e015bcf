using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// The search index (Lucene, SmartCn, ICU: tens of MiB resident) is built by the first turn that searches, not at
/// start-up nor by a health probe.
/// </summary>
public sealed class SearchIndexOnFirstUseTests
{
    [Fact]
    public async Task A_started_bot_answers_its_health_probe_without_building_the_index()
    {
        using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await Task.Delay(TimeSpan.FromSeconds(6));
        using var again = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(health.IsSuccessStatusCode);
        Assert.True(again.IsSuccessStatusCode);
        Assert.False(factory.Services.GetRequiredService<KnowledgeSearch>().IsBuilt);
    }
}
