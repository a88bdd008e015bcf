using System.Diagnostics;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Builds the expensive singletons every message needs at start-up instead of on a user's message: the recognizer is
/// ready before the bot listens (with its stored model it loads in milliseconds), and with it the knowledge base it
/// takes its vocabulary from (read from its snapshot when one is stored for the data). A knowledge base with problems
/// still stops the host, loudly, rather than failing a user's turn later.
/// </summary>
/// <remarks>
/// The search index and the question answerer over it are not built here: they are built by the first turn that
/// searches (a free question, a Teams search), at a cost to that turn of the index build (about 1.3 s of CPU with the
/// Chinese segmentation, measured under load). Built at start they kept Lucene, SmartCn's dictionaries and ICU
/// (about 30 MiB resident) in every bot, including one whose users only walk the guides. Each part's time is logged at
/// Debug (<c>Logging:LogLevel:CrossBorderBot.Hosting.BotWarmup=Debug</c>), so where a start goes can be read from any
/// start without a profiler.
/// </remarks>
public sealed partial class BotWarmup(IServiceProvider services, ILogger<BotWarmup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The quantity models of Microsoft.Recognizers.Text (much regex building, tens of MiB) are not built here: the
        // bot's own readers read the numbers of most messages, and the first message that needs the library builds
        // them once (QuantityModels), so a start and a bot whose users never need them do not pay for them.
        await Task.Run(
            () =>
            {
                Timed("knowledge base", () => services.GetRequiredService<KnowledgeBase>());
                Timed("recognizer", () => services.GetRequiredService<CrossBorderRecognizer>());
            },
            cancellationToken);

        // The bot itself (its guides, their slot vocabularies and regexes) and the adapter are built the first time a
        // turn asks the container for them: about half of the first turn's time, measured from a cold start. Built here
        // without waiting, they are built on the second core while the web server starts, instead of after the first
        // message arrives; a turn that comes sooner waits for the same singletons to finish, so nothing is built twice.
        BotBuild = Task.Run(
            () =>
            {
                try
                {
                    Timed("bot", () => services.GetRequiredService<IBot>());
                    Timed("adapter", () => services.GetRequiredService<IBotFrameworkHttpAdapter>());
                }
                catch (Exception exception)
                {
                    // The first turn builds them again and reports the failure to the user; here it is only logged.
                    LogBotBuildFailed(logger, exception);
                }
            },
            CancellationToken.None);
    }

    /// <summary>The background build of the bot and the adapter started by <see cref="StartAsync"/> (for tests).</summary>
    internal Task BotBuild { get; private set; } = Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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

    [LoggerMessage(EventId = LogEventIds.WarmupBotBuildFailed, Level = LogLevel.Error, Message = "Start-up: building the bot in the background failed; the first turn will build it again")]
    private static partial void LogBotBuildFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEventIds.WarmupStartupSpan, Level = LogLevel.Debug, Message = "Start-up: {Part} ready in {PartMilliseconds:0} ms, {SinceProcessStartMilliseconds:0} ms after the process started ({ProcessCpuMilliseconds:0} ms of process CPU so far)")]
    private static partial void LogStartupSpan(ILogger logger, string part, double partMilliseconds, double sinceProcessStartMilliseconds, double processCpuMilliseconds);
}
