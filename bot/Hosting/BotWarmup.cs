using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Builds the expensive singletons at start-up instead of on the first user's message: the knowledge base and its
/// search index (seconds, with Chinese segmentation) and the recognizer (trains its intent model). A knowledge base
/// with problems therefore stops the host at start, loudly, rather than failing a user's turn later.
/// </summary>
public sealed class BotWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<KnowledgeSearch>();
        services.GetRequiredService<CrossBorderRecognizer>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
