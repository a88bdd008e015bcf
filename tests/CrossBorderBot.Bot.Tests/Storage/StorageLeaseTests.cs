using System.Diagnostics;
using CrossBorderBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderBot.Tests.Storage;

/// <summary>The cross-instance turn lease on a real PostgreSQL: one holder at a time, a dead holder's lease lapses.</summary>
public sealed class StorageLeaseTests : IAsyncLifetime
{
    private readonly string _table = StorageTestServices.UniqueName("lease_");
    private readonly List<PostgresStorage> _stores = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_stores.Count > 0)
        {
            await _stores[0].DropAsync(CancellationToken.None);
        }

        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task HoldersOnTwoInstancesNeverOverlap()
    {
        var instances = new[] { OpenStore(), OpenStore() };
        var inside = 0;
        var overlaps = 0;
        var entries = 0;

        var workers = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            await using var lease = await AcquireAsync(instances[i % 2], TimeSpan.FromSeconds(60));
            if (Interlocked.Increment(ref inside) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            await Task.Delay(20);
            Interlocked.Decrement(ref inside);
            Interlocked.Increment(ref entries);
        }));
        await Task.WhenAll(workers);

        Assert.Equal(12, entries);
        Assert.Equal(0, overlaps);
    }

    [SkippableFact]
    public async Task LeaseOfAnInstanceThatDiedLapsesAndIsTakenOver()
    {
        var store = OpenStore();

        // What a killed instance leaves behind: a lease nobody renews or releases.
        var lapsesAt = DateTimeOffset.UtcNow.AddSeconds(2);
        Assert.True(await store.TryCreateAsync("turn-lease/c1", new StorageLeaseRecord { Holder = "dead-instance", ExpiresAt = lapsesAt }, CancellationToken.None));

        await using var lease = await new StorageLeases(OpenStore(), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeProvider.System, NullLogger.Instance).AcquireAsync("turn-lease/c1", CancellationToken.None);

        Assert.True(DateTimeOffset.UtcNow >= lapsesAt, "The lease was taken before the dead holder's lease lapsed.");
        var stored = Assert.IsType<StorageLeaseRecord>((await store.ReadAsync(["turn-lease/c1"], CancellationToken.None))["turn-lease/c1"]);
        Assert.NotEqual("dead-instance", stored.Holder);
    }

    [SkippableFact]
    public async Task WaitingForALiveHolderGivesUpAfterTheLimit()
    {
        var store = OpenStore();
        await using var held = await AcquireAsync(store, TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<TimeoutException>(() => AcquireAsync(OpenStore(), TimeSpan.FromMilliseconds(500)));
    }

    [SkippableFact]
    public async Task ReleasedLeaseIsFreeAtOnce()
    {
        var store = OpenStore();
        await (await AcquireAsync(store, TimeSpan.FromSeconds(5))).DisposeAsync();
        var watch = Stopwatch.StartNew();

        await using var again = await AcquireAsync(OpenStore(), TimeSpan.FromSeconds(5));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Took {watch.Elapsed}.");
    }

    private static Task<StorageLease> AcquireAsync(PostgresStorage store, TimeSpan maxWait) =>
        new StorageLeases(store, TimeSpan.FromSeconds(15), maxWait, TimeProvider.System, NullLogger.Instance).AcquireAsync("turn-lease/c1", CancellationToken.None);

    private PostgresStorage OpenStore()
    {
        var store = new PostgresStorage(StorageTestServices.PostgresConnectionString(), _table);
        _stores.Add(store);
        return store;
    }
}
