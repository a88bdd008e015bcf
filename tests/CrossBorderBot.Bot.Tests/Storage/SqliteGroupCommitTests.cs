using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Tests.Storage;

/// <summary>How the SQLite store commits: on the caller's thread when idle, in shared batches when busy, durable either way.</summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly StorageTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task WriteOnAnIdleStoreIsCommittedBeforeTheCallReturns()
    {
        var store = OpenStore();
        await Write(store, "warm", new StorageTestItem { Text = "opens the write connection" });

        var write = Write(store, "order", new StorageTestItem { Text = "committed" });

        // No thread hop: the caller's own commit completed the task, and another connection already sees the row.
        Assert.True(write.IsCompletedSuccessfully);
        Assert.Equal(1L, await CountRowsOutsideTheStore("order"));
        await write;
    }

    [Fact]
    public async Task ConcurrentWritersAreAllCommittedWithTheirETagChecks()
    {
        var store = OpenStore();
        const int Writers = 48;
        const int WritesEach = 15;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var key = $"conversation-{writer}";
            await Write(store, key, new StorageTestItem { Count = 0 });
            for (var i = 0; i < WritesEach; i++)
            {
                var item = await ReadItem(store, key);
                item.Count++;
                await Write(store, key, item);
            }
        })));

        for (var writer = 0; writer < Writers; writer++)
        {
            Assert.Equal(WritesEach, (await ReadItem(store, $"conversation-{writer}")).Count);
        }

        // Writers racing on one key: each write that is not refused is committed, and no update is lost.
        await Write(store, "shared", new StorageTestItem { Count = 0 });
        await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => IncrementAsync(store, "shared"))));
        Assert.Equal(24, (await ReadItem(OpenStore(), "shared")).Count);
    }

    [Fact]
    public async Task RefusedWriteInABusyStoreLeavesTheOthersOfItsBatchCommitted()
    {
        var store = OpenStore();
        await Write(store, "contested", new StorageTestItem { Text = "v1" });
        var stale = await ReadItem(store, "contested");
        await Write(store, "contested", await ReadItem(store, "contested"));

        stale.Text = "stale";
        var writes = Enumerable.Range(0, 30).Select(i => Task.Run(() => Write(store, $"other-{i}", new StorageTestItem { Text = "kept" }))).ToList();
        var refused = Task.Run(() => Write(store, "contested", stale));
        await Task.WhenAll(writes);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => refused);
        Assert.Equal("v1", (await ReadItem(store, "contested")).Text);
        Assert.Equal(30L, await CountRowsOutsideTheStore("other-%"));
    }

    private static async Task IncrementAsync(SqliteStorage store, string key)
    {
        while (true)
        {
            var item = await ReadItem(store, key);
            item.Count++;
            try
            {
                await Write(store, key, item);
                return;
            }
            catch (StorageConcurrencyException)
            {
                // Another writer won; read again.
            }
        }
    }

    private static Task Write(IStorage store, string key, object value) =>
        store.WriteAsync(new Dictionary<string, object> { [key] = value }, CancellationToken.None);

    private static async Task<StorageTestItem> ReadItem(IStorage store, string key)
    {
        var read = await store.ReadAsync([key], CancellationToken.None);
        return Assert.IsType<StorageTestItem>(Assert.Contains(key, read));
    }

    private SqliteStorage OpenStore() => _database.OpenStore();

    private async Task<long> CountRowsOutsideTheStore(string keyPattern)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {SqliteStorage.TableName} WHERE key LIKE $key;";
        command.Parameters.AddWithValue("$key", keyPattern);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
