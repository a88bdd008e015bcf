namespace CrossBorderBot.Storage;

/// <summary>
/// A lease on a name, kept in the shared state store, so that only one bot instance at a time does something (runs a
/// turn of a conversation, say). Taken by an exclusive create or by an ETag-checked write over a lapsed lease, so of
/// several instances trying at once exactly one succeeds; renewed while held; given up on release. An instance
/// that dies holding a lease blocks others only until the lease lapses.
/// </summary>
public sealed partial class StorageLease : IAsyncDisposable
{
    private readonly StorageLeases _terms;
    private readonly string _key;
    private readonly CancellationTokenSource _stopRenewing = new();
    private StorageLeaseRecord _record;
    private Task? _renewal;
    private int _released;

    private StorageLease(StorageLeases terms, string key, StorageLeaseRecord record)
    {
        _terms = terms;
        _key = key;
        _record = record;
    }

    /// <summary>Whether the lease was found taken by someone else while we thought we held it (a renewal failed).</summary>
    public bool WasLost { get; private set; }

    /// <summary>What <see cref="StorageLeases.AcquireAsync"/> does: waits for the lease to be free and takes it.</summary>
    internal static async Task<StorageLease> AcquireAsync(StorageLeases terms, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var (storage, duration, maxWait, time, logger) = terms;
        ArgumentNullException.ThrowIfNull(storage);
        var creator = storage as IExclusiveCreateStorage
            ?? throw new ArgumentException($"{storage.GetType().Name} cannot create items exclusively, so it cannot hold leases.", nameof(terms));
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var started = time.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(10);
        var waited = false;
        while (true)
        {
            var stored = (await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false)).TryGetValue(key, out var value)
                ? value as StorageLeaseRecord
                : null;
            var mine = new StorageLeaseRecord { Holder = holder, ExpiresAt = time.GetUtcNow() + duration };
            if (stored is null)
            {
                if (await creator.TryCreateAsync(key, mine, cancellationToken).ConfigureAwait(false))
                {
                    return Started(terms, key, mine, waited);
                }

                continue;
            }

            if (stored.Holder is null || stored.ExpiresAt <= time.GetUtcNow())
            {
                if (stored.Holder is not null)
                {
                    LogTakingOverLapsedLease(logger, key);
                }

                mine.ETag = stored.ETag;
                try
                {
                    await storage.WriteAsync(new Dictionary<string, object> { [key] = mine }, cancellationToken).ConfigureAwait(false);
                    return Started(terms, key, mine, waited);
                }
                catch (StorageConcurrencyException)
                {
                    // Another instance took it first; look again.
                    Telemetry.BotTelemetry.StorageConflicts.Add(1, new KeyValuePair<string, object?>("scope", "lease"));
                    continue;
                }
            }

            if (time.GetElapsedTime(started) >= maxWait)
            {
                throw new TimeoutException($"The lease '{key}' stayed taken for {maxWait.TotalSeconds:0} s.");
            }

            waited = true;
            await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 200));
        }
    }

    /// <summary>Gives the lease up (a write the next holder can take at once); a lease already lost is left alone.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1)
        {
            return;
        }

        await _stopRenewing.CancelAsync().ConfigureAwait(false);
        if (_renewal is not null)
        {
            await _renewal.ConfigureAwait(false);
        }

        _stopRenewing.Dispose();
        if (WasLost)
        {
            return;
        }

        try
        {
            var released = new StorageLeaseRecord { Holder = null, ExpiresAt = DateTimeOffset.UnixEpoch, ETag = _record.ETag };
            await _terms.Storage.WriteAsync(new Dictionary<string, object> { [_key] = released }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StorageConcurrencyException)
        {
            // Someone took it over after it lapsed; it is theirs now.
            LogLeaseLost(_terms.Logger, _key);
        }
    }

    private static StorageLease Started(StorageLeases terms, string key, StorageLeaseRecord record, bool waited)
    {
        if (waited)
        {
            LogWaitedForLease(terms.Logger, key);
        }

        var lease = new StorageLease(terms, key, record);
        lease._renewal = lease.RenewUntilReleasedAsync();
        return lease;
    }

    private async Task RenewUntilReleasedAsync()
    {
        // Renew well before the lease lapses, so a slow turn keeps it and a dead instance loses it soon.
        var period = _terms.Duration / 3;
        using var timer = new PeriodicTimer(period, _terms.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopRenewing.Token).ConfigureAwait(false))
            {
                var renewed = new StorageLeaseRecord { Holder = _record.Holder, ExpiresAt = _terms.Time.GetUtcNow() + _terms.Duration, ETag = _record.ETag };
                try
                {
                    await _terms.Storage.WriteAsync(new Dictionary<string, object> { [_key] = renewed }, _stopRenewing.Token).ConfigureAwait(false);
                    _record = renewed;
                }
                catch (StorageConcurrencyException)
                {
                    WasLost = true;
                    LogLeaseLost(_terms.Logger, _key);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stopRenewing.IsCancellationRequested)
        {
            // Released.
        }
        catch (Exception ex)
        {
            // A failed renewal is not fatal: the turn goes on and the lease simply lapses.
            LogRenewalFailed(_terms.Logger, ex, _key);
        }
    }

    [LoggerMessage(EventId = LogEventIds.StorageLeaseWaited, Level = LogLevel.Debug, Message = "Waited for lease {Key} held by another turn or instance")]
    private static partial void LogWaitedForLease(ILogger logger, string key);

    [LoggerMessage(EventId = LogEventIds.StorageLeaseTakingOver, Level = LogLevel.Warning, Message = "Took over lapsed lease {Key} (its holder stopped renewing it)")]
    private static partial void LogTakingOverLapsedLease(ILogger logger, string key);

    [LoggerMessage(EventId = LogEventIds.StorageLeaseLost, Level = LogLevel.Warning, Message = "Lease {Key} was taken over by another instance while held")]
    private static partial void LogLeaseLost(ILogger logger, string key);

    [LoggerMessage(EventId = LogEventIds.StorageLeaseRenewalFailed, Level = LogLevel.Warning, Message = "Could not renew lease {Key}")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, string key);
}
