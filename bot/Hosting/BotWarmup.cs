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
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The two builds share nothing, so on a machine with two or more cores they overlap instead of queueing;
        // a failure in either still stops the host.
        var search = Task.Run(() => services.GetRequiredService<KnowledgeSearch>(), cancellationToken);
        var recognizer = Task.Run(() => services.GetRequiredService<CrossBorderRecognizer>(), cancellationToken);
        await Task.WhenAll(search, recognizer);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
