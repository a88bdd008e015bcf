using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderBot.Storage;

/// <summary>
/// The terms leases are taken on in one shared store: the store, how long a lease lasts unless renewed, how long to
/// wait for a taken one, the clock and the log. They travel together from whoever takes leases (the turns of a
/// conversation) to every <see cref="StorageLease"/> taken under them, which renews and releases on the same terms.
/// </summary>
/// <param name="Storage">The shared store; it must implement <see cref="IExclusiveCreateStorage"/>.</param>
/// <param name="Duration">How long a lease lasts without renewal; its holder renews it well before.</param>
/// <param name="MaxWait">How long <see cref="AcquireAsync"/> waits for a taken lease before it gives up.</param>
public sealed record StorageLeases(IStorage Storage, TimeSpan Duration, TimeSpan MaxWait, TimeProvider Time, ILogger Logger)
{
    /// <summary>
    /// The terms of the leases that keep a conversation's turns apart across bot instances: the store's own when it is
    /// shared (<see cref="StorageOptions.IsShared"/>; without settings, any store that creates items exclusively),
    /// lasting <see cref="StorageOptions.TurnLeaseSeconds"/> and waited for up to <see cref="StorageOptions.TurnWaitSeconds"/>
    /// (a second at least); null when the store is this process's own and a lock in the process is enough.
    /// </summary>
    public static StorageLeases? ForTurns(IStorage? storage, StorageOptions? settings, TimeProvider? time, ILogger? logger)
    {
        if (storage is not IExclusiveCreateStorage || settings is { IsShared: false })
        {
            return null;
        }

        settings ??= new StorageOptions();
        return new StorageLeases(
            storage,
            TimeSpan.FromSeconds(Math.Max(1, settings.TurnLeaseSeconds)),
            TimeSpan.FromSeconds(Math.Max(1, settings.TurnWaitSeconds)),
            time ?? TimeProvider.System,
            logger ?? NullLogger.Instance);
    }

    /// <summary>
    /// Waits until the lease on <paramref name="key"/> is free and takes it, polling with a growing pause. Gives up with a
    /// <see cref="TimeoutException"/> after <see cref="MaxWait"/>.
    /// </summary>
    public Task<StorageLease> AcquireAsync(string key, CancellationToken cancellationToken) =>
        StorageLease.AcquireAsync(this, key, cancellationToken);
}
