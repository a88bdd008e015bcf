using Microsoft.Extensions.Options;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Runs the rule-change check once a day at <see cref="AlertOptions.CheckTimeUtc"/>, on the injected
/// <see cref="TimeProvider"/> (so tests move time instead of waiting). Every instance runs it; the claims in storage
/// make sure each alert goes out once. A failed check is logged and tried again the next day.
/// </summary>
public sealed partial class RuleAlertService(
    RuleAlertChecker checker,
    TimeProvider time,
    IOptions<AlertOptions> options,
    ILogger<RuleAlertService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DailyCheck)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = NextCheck(now, options.Value.CheckTimeUtc);
            try
            {
                await Task.Delay(next - now, time, stoppingToken);
                await checker.RunAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogCheckFailed(logger, exception);
            }
        }
    }

    /// <summary>The next moment, strictly after <paramref name="now"/>, whose UTC time of day is <paramref name="timeOfDay"/>.</summary>
    public static DateTimeOffset NextCheck(DateTimeOffset now, TimeSpan timeOfDay)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) + timeOfDay;
        return today > now ? today : today.AddDays(1);
    }

    [LoggerMessage(EventId = LogEventIds.AlertsDailyCheckFailed, Level = LogLevel.Error, Message = "The daily rule-change alert check failed; it runs again tomorrow")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
