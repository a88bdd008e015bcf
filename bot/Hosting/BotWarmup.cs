using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Builds the expensive singletons at start-up instead of on a user's message. The recognizer is ready before the
/// bot listens (every message needs it; with its stored model it loads in milliseconds). The knowledge base and its
/// search index (seconds of CPU, with Chinese segmentation) are built on a background thread from the same moment,
/// so the first replies are not held back by them; a turn that needs the knowledge base sooner waits for that one
/// build, and <c>/healthz</c> answers 200 only once it is done. A knowledge base with problems still stops the
/// host, loudly, a few seconds after start rather than failing a user's turn later.
/// </summary>
public sealed partial class BotWarmup(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<BotWarmup> logger) : IHostedService
{
    private Task? _knowledge;

    /// <summary>Completes when the knowledge base and its index are built (or failed, which stops the host).</summary>
    public Task KnowledgeReady => _knowledge ?? Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _knowledge = Task.Run(BuildKnowledge, CancellationToken.None);
        await Task.Run(() => services.GetRequiredService<CrossBorderRecognizer>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void BuildKnowledge()
    {
        try
        {
            services.GetRequiredService<KnowledgeSearch>();
            LogKnowledgeReady(logger);
        }
        catch (Exception exception)
        {
            LogKnowledgeFailed(logger, exception);
            lifetime.StopApplication();
            Environment.ExitCode = 1;
        }
    }

    [LoggerMessage(EventId = LogEventIds.WarmupKnowledgeReady, Level = LogLevel.Information, Message = "Knowledge base and search index ready")]
    private static partial void LogKnowledgeReady(ILogger logger);

    [LoggerMessage(EventId = LogEventIds.WarmupKnowledgeFailed, Level = LogLevel.Critical, Message = "The knowledge base could not be loaded; the bot stops")]
    private static partial void LogKnowledgeFailed(ILogger logger, Exception exception);
}
