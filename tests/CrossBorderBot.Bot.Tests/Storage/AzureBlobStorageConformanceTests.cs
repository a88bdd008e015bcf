using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>The conformance suite on Azurite (the Azure Storage emulator), a fresh container per test.</summary>
public sealed class AzureBlobStorageConformanceTests : SharedStorageConformanceTests, IAsyncLifetime
{
    private readonly string _container = StorageTestServices.UniqueName("conformance-");
    private readonly List<AzureBlobStorage> _stores = [];

    /// <summary>Blob Storage has no transaction over several blobs; see <see cref="AzureBlobStorage"/>.</summary>
    protected override bool WritesOfSeveralKeysAreAtomic => false;

    protected override IStorage CreateEmptyStorage() => OpenStore();

    protected override IStorage OpenSecondInstance() => OpenStore();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_stores.Count > 0)
        {
            await _stores[0].DropAsync(CancellationToken.None);
        }
    }

    private AzureBlobStorage OpenStore()
    {
        var store = new AzureBlobStorage(StorageTestServices.AzuriteConnectionString(), _container);
        _stores.Add(store);
        return store;
    }
}
