using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>The conformance suite on a real PostgreSQL, a fresh table per test.</summary>
public sealed class PostgresStorageConformanceTests : SharedStorageConformanceTests, IAsyncLifetime
{
    private readonly string _table = StorageTestServices.UniqueName("conformance_");
    private readonly List<PostgresStorage> _stores = [];

    protected override IStorage CreateEmptyStorage() => OpenStore();

    protected override IStorage OpenSecondInstance() => OpenStore();

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

    private PostgresStorage OpenStore()
    {
        var store = new PostgresStorage(StorageTestServices.PostgresConnectionString(), _table);
        _stores.Add(store);
        return store;
    }
}
