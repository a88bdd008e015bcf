using System.Text.Json;
using CrossBorderBot.Storage;
using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// The SQLite store's read cache: a state read after this store's own commit is served from memory, and a read never
/// returns a document older than the latest commit, whoever made it (another store on the file, another connection).
/// </summary>
public sealed class SqliteReadCacheTests : IDisposable
{
    private const string Key = "webchat/conversations/c1";
    private const string OtherKey = "webchat/users/u1";

    private readonly StorageTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ReadAfterTheStoresOwnCommitIsServedFromTheCache()
    {
        var store = _database.OpenStore();
        var eTags = await Write(store, Key, 1, expectedETag: null);

        var read = await Read(store, Key);

        Assert.Equal((1, eTags[0]), read);
        Assert.Equal(1, store.ReadCacheCounts.Hits);
        Assert.Equal((1, eTags[0]), await Read(store, Key));
        Assert.Equal(2, store.ReadCacheCounts.Hits);
    }

    [Fact]
    public async Task TwoStoresOnOneFileAlwaysReadTheOthersLatestCommit()
    {
        var first = _database.OpenStore();
        var second = _database.OpenStore();
        var eTag = (await Write(first, Key, 0, expectedETag: null))[0];
        for (var n = 1; n <= 6; n++)
        {
            // Each store has the key cached (its own write, or what it read), then the other one commits.
            var (writer, reader) = n % 2 == 0 ? (first, second) : (second, first);
            Assert.Equal((n - 1, eTag), await Read(writer, Key));
            Assert.Equal((n - 1, eTag), await Read(reader, Key));
            eTag = (await Write(writer, Key, n, eTag))[0];

            Assert.Equal((n, eTag), await Read(reader, Key));
            Assert.Equal((n, eTag), await Read(writer, Key));
        }

        Assert.True(first.ReadCacheCounts.Hits > 0 && second.ReadCacheCounts.Hits > 0);
    }

    [Fact]
    public async Task CommitOfAnotherConnectionAfterTheStoresLastCommitIsRead()
    {
        var store = _database.OpenStore();
        await Write(store, Key, 1, expectedETag: null);
        Assert.Equal(1, (await Read(store, Key)).N);

        await WriteOutsideTheStore(Key, 7, "outside-1");

        Assert.Equal((7, "outside-1"), await Read(store, Key));
    }

    [Fact]
    public async Task CommitOfAnotherConnectionBetweenTheStoresCommitsIsRead()
    {
        var store = _database.OpenStore();
        await Write(store, Key, 1, expectedETag: null);
        await Write(store, OtherKey, 1, expectedETag: null);

        // Another process changes the cached key, then this store commits a different key: the cache must not come
        // back as valid with the key's old document in it.
        await WriteOutsideTheStore(Key, 7, "outside-1");
        await Write(store, OtherKey, 2, expectedETag: null);

        Assert.Equal((7, "outside-1"), await Read(store, Key));
        Assert.Equal(2, (await Read(store, OtherKey)).N);
    }

    [Fact]
    public async Task ConcurrentStoresNeverReadOlderThanTheLastCompletedWrite()
    {
        var stores = new[] { _database.OpenStore(), _database.OpenStore() };
        var keys = Enumerable.Range(0, 4).Select(i => $"webchat/conversations/k{i}").ToArray();
        var latest = new long[keys.Length];
        foreach (var key in keys)
        {
            await Write(stores[0], key, 0, expectedETag: null);
        }

        // Writers on both stores increment the keys (retrying on a refused ETag); readers on both check that no read
        // returns less than a value whose write had already completed when the read began.
        var writers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            var store = stores[w % 2];
            for (var i = 0; i < 40; i++)
            {
                var k = (w + i) % keys.Length;
                for (var attempt = 1; ; attempt++)
                {
                    // A read that kept returning a stale document would be refused for ever.
                    Assert.True(attempt < 500, $"{keys[k]} refused 500 times in a row");
                    var (n, eTag) = await Read(store, keys[k]);
                    try
                    {
                        await Write(store, keys[k], n + 1, eTag);
                        InterlockedMax(ref latest[k], n + 1);
                        break;
                    }
                    catch (StorageConcurrencyException)
                    {
                        // Another writer won; read again.
                    }
                }
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            var store = stores[r % 2];
            for (var i = 0; i < 300; i++)
            {
                var k = (r + i) % keys.Length;
                var floor = Volatile.Read(ref latest[k]);
                Assert.True((await Read(store, keys[k])).N >= floor, $"read of {keys[k]} older than a completed write ({floor})");
            }
        }));
        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(240L, latest.Sum());
        foreach (var store in stores)
        {
            for (var k = 0; k < keys.Length; k++)
            {
                Assert.Equal(latest[k], (await Read(store, keys[k])).N);
            }
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var found && found != seen)
        {
            seen = found;
        }
    }

    private static Task<IReadOnlyList<string>> Write(SqliteStorage store, string key, long n, string? expectedETag) =>
        store.WriteStateAsync([new BotStateWrite(key, $$"""{"n":{{n}}}""", expectedETag)], CancellationToken.None);

    private static async Task<(long N, string ETag)> Read(SqliteStorage store, string key)
    {
        var state = await store.ReadStateAsync(key, CancellationToken.None);
        Assert.NotNull(state);
        using var body = JsonDocument.Parse(state.Body!);
        return (body.RootElement.GetProperty("n").GetInt64(), state.ETag);
    }

    // As another process or a tool would: its own connection, the document in the bot's form with the ETag property last.
    private async Task WriteOutsideTheStore(string key, long n, string eTag)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {SqliteStorage.TableName} SET document = $document, etag = $etag WHERE key = $key;";
        command.Parameters.AddWithValue("$document", $$"""{"n":{{n}},"eTag":"{{eTag}}"}""");
        command.Parameters.AddWithValue("$etag", eTag);
        command.Parameters.AddWithValue("$key", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
