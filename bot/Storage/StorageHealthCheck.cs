using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrossBorderBot.Storage;

/// <summary>
/// Reports whether the state store answers, by reading a probe key that is never written: for SQLite this opens
/// the file (creating it and the schema on first use) and runs a query, without adding writes to every probe.
/// </summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    /// <summary>The key the probe reads; nothing ever stores it.</summary>
    public const string ProbeKey = "crossborderbot/healthz/storage-probe";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync([ProbeKey], cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{storage.GetType().Name} is reachable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{storage.GetType().Name} is not reachable.", ex);
        }
    }
}
