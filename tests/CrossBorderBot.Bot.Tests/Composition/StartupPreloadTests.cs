using CrossBorderBot.Composition;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Composition;

public class StartupPreloadTests
{
    [Fact]
    public void Serves_the_knowledge_base_it_loaded_and_one_recognizer_built_over_it()
    {
        var services = new ServiceCollection();
        StartupPreload.Start().Register(services);
        using var provider = services.BuildServiceProvider();

        var knowledgeBase = provider.GetRequiredService<KnowledgeBase>();
        var recognizer = provider.GetRequiredService<CrossBorderRecognizer>();

        Assert.NotEmpty(knowledgeBase.Markets);
        Assert.Same(knowledgeBase, provider.GetRequiredService<KnowledgeBase>());
        Assert.Same(recognizer, provider.GetRequiredService<CrossBorderRecognizer>());
        Assert.Equal("DE", recognizer.Understand("ship 2 kg of shoes to Germany", "en-US").Entities.FirstLocation, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_knowledge_base_registered_later_wins_and_gets_its_own_recognizer()
    {
        var preload = StartupPreload.Start();
        var preloadedServices = new ServiceCollection();
        preload.Register(preloadedServices);
        using var preloadedProvider = preloadedServices.BuildServiceProvider();
        var preloaded = preloadedProvider.GetRequiredService<CrossBorderRecognizer>();

        var services = new ServiceCollection();
        preload.Register(services);
        services.AddSingleton(KnowledgeBase.Empty);
        using var provider = services.BuildServiceProvider();

        Assert.Same(KnowledgeBase.Empty, provider.GetRequiredService<KnowledgeBase>());
        Assert.NotSame(preloaded, provider.GetRequiredService<CrossBorderRecognizer>());
    }
}
