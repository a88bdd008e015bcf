using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Knowledge;

/// <summary>Registers the knowledge base, its search index and the advisors as singletons.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="KnowledgeBase"/> (loaded from <paramref name="dataDirectory"/>, default: the data copied next to
    /// the app), <see cref="KnowledgeSearch"/>, the advisors and <see cref="KnowledgeBaseHealthCheck"/>. Resolving
    /// the knowledge base throws <see cref="KnowledgeBaseLoadException"/> listing every problem, so a broken data
    /// set fails start-up loudly instead of answering wrongly.
    /// </summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services, string? dataDirectory = null, string? schemaDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(_ =>
        {
            var directory = dataDirectory ?? KnowledgePaths.DefaultDataDirectory;
            var result = KnowledgeSnapshotCache.LoadThroughDefault(directory, schemaDirectory);
            return result.IsValid ? result.KnowledgeBase : throw new KnowledgeBaseLoadException(directory, result.Problems);
        });
        services.AddSingleton(sp => new KnowledgeSearch(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton(sp => new ReadinessAssessor(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton(sp => new PlatformAdvisor(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton(sp => new LogisticsAdvisor(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton(sp => new LandedCostCalculator(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton(sp => new IssueTriage(sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<KnowledgeSearch>()));
        services.AddSingleton<KnowledgeBaseHealthCheck>();
        return services;
    }
}
