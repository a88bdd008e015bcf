using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Storage;

/// <summary>
/// Reports whether the state store answers, by reading a probe key that is never written: for SQLite this opens
/// the file (creating it and the schema on first use) and runs a query; for PostgreSQL and Azure Blob it makes a
/// real round trip (creating the table or container on first use). The result names the configured provider.
/// </summary>
public sealed class StorageHealthCheck(IStorage storage, IOptions<StorageOptions>? options = null) : IHealthCheck
{
    /// <summary>The key the probe reads; nothing ever stores it.</summary>
    public const string ProbeKey = "crossborderbot/healthz/storage-probe";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = options?.Value.Provider?.Trim() is { Length: > 0 } configured ? configured : storage.GetType().Name;
        var data = new Dictionary<string, object> { ["provider"] = provider, ["store"] = storage.GetType().Name };
        try
        {
            await storage.ReadAsync([ProbeKey], cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{provider} storage ({storage.GetType().Name}) is reachable.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{provider} storage ({storage.GetType().Name}) is not reachable.", ex, data);
        }
    }
}
