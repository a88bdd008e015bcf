using System.Diagnostics;
using CrossBorderBot.Answers;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Builds the expensive singletons at start-up instead of on a user's message. The recognizer is ready before the
/// bot listens (every message needs it; with its stored model it loads in milliseconds), and with it the knowledge
/// base it takes its vocabulary from (read from its snapshot when one is stored for the data). The search index
/// (seconds of CPU on every core, with Chinese segmentation) is built on a background thread a moment after the host
/// listens, so it does not compete with the first replies for the CPU; a turn that searches sooner builds it (once),
/// and <c>/healthz</c> answers 200 only once it is built. A knowledge base with problems still stops the host, loudly,
/// rather than failing a user's turn later.
/// </summary>
/// <remarks>Each part's time is logged at Debug (<c>Logging:LogLevel:CrossBorderBot.Hosting.BotWarmup=Debug</c>), so
/// where a start goes can be read from any start without a profiler.</remarks>
public sealed partial class BotWarmup(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<BotWarmup> logger) : IHostedService
{
    /// <summary>How long after the host listens the search index build starts if no turn has been answered by then.</summary>
    internal static readonly TimeSpan SearchIndexDelay = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _firstTurnAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _knowledge;

    /// <summary>
    /// A door answered a turn: the search index build may start now (it waits for the first reply, or
    /// <see cref="SearchIndexDelay"/> after the host listens, whichever comes first).
    /// </summary>
    public void TurnAnswered() => _firstTurnAnswered.TrySetResult();

    /// <summary>Completes when the knowledge base and its index are built (or failed, which stops the host).</summary>
    public Task KnowledgeReady => _knowledge ?? Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The quantity models of Microsoft.Recognizers.Text (much regex building, tens of MiB) are not built here: the
        // bot's own readers read the numbers of most messages, and the first message that needs the library builds
        // them once (QuantityModels), so a start and a bot whose users never need them do not pay for them.
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => listening.TrySetResult());
        _knowledge = Task.Run(
            async () =>
            {
                await listening.Task.ConfigureAwait(false);
                try
                {
                    await _firstTurnAnswered.Task.WaitAsync(SearchIndexDelay, lifetime.ApplicationStopping).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // No turn yet: build it anyway, so /healthz turns healthy on an idle instance.
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                BuildKnowledge();
            },
            CancellationToken.None);
        await Task.Run(
            () =>
            {
                Timed("knowledge base", () => services.GetRequiredService<KnowledgeBase>());
                Timed("recognizer", () => services.GetRequiredService<CrossBorderRecognizer>());
            },
            cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void BuildKnowledge()
    {
        try
        {
            Timed("search index", () =>
            {
                var search = services.GetRequiredService<KnowledgeSearch>();
                search.Warm();
                return search;
            });
            Timed("question answerer", () =>
            {
                var answerer = services.GetRequiredService<KnowledgeAnswerer>();
                answerer.Warm();
                return answerer;
            });
            LogKnowledgeReady(logger);
        }
        catch (Exception exception)
        {
            LogKnowledgeFailed(logger, exception);
            lifetime.StopApplication();
            Environment.ExitCode = 1;
        }
    }

    private void Timed(string part, Func<object> build)
    {
        var started = Stopwatch.GetTimestamp();
        build();
        if (logger.IsEnabled(LogLevel.Debug))
        {
            using var process = Process.GetCurrentProcess();
            LogStartupSpan(logger, part, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (DateTime.Now - process.StartTime).TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = LogEventIds.WarmupKnowledgeReady, Level = LogLevel.Information, Message = "Knowledge base and search index ready")]
    private static partial void LogKnowledgeReady(ILogger logger);

    [LoggerMessage(EventId = LogEventIds.WarmupKnowledgeFailed, Level = LogLevel.Critical, Message = "The knowledge base could not be loaded; the bot stops")]
    private static partial void LogKnowledgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEventIds.WarmupStartupSpan, Level = LogLevel.Debug, Message = "Start-up: {Part} ready in {PartMilliseconds:0} ms, {SinceProcessStartMilliseconds:0} ms after the process started ({ProcessCpuMilliseconds:0} ms of process CPU so far)")]
    private static partial void LogStartupSpan(ILogger logger, string part, double partMilliseconds, double sinceProcessStartMilliseconds, double processCpuMilliseconds);
}
