using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>The conformance suite on the embedded SQLite store, a fresh database file per test.</summary>
public sealed class SqliteStorageConformanceTests : StorageConformanceTests
{
    private readonly StorageTempDatabase _database = new();

    protected override IStorage CreateEmptyStorage() => new SqliteStorage(_database.Path);

    public override void Dispose()
    {
        base.Dispose();
        _database.Dispose();
    }
}
