using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace CrossBorderBot.Tests.Storage;

/// <summary>What only a file-backed store can show: restarts, several processes on one file, damaged rows.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private readonly StorageTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ConversationResumesAtTheSamePromptAfterARestart()
    {
        var beforeRestart = OpenStore();
        var state = new ConversationState(beforeRestart);
        var turn = StorageTestTurns.NewTurn("conversation-1");
        await state.CreateProperty<StorageTestProfile>("profile").SetAsync(turn, SampleProfile(), CancellationToken.None);
        await state.CreateProperty<string>("prompt").SetAsync(turn, "ask-parcel-weight", CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);
        beforeRestart.Dispose();

        var afterRestart = new ConversationState(OpenStore());
        var nextTurn = StorageTestTurns.NewTurn("conversation-1");
        var prompt = await afterRestart.CreateProperty<string>("prompt").GetAsync(nextTurn, () => "start", CancellationToken.None);
        var profile = await afterRestart.CreateProperty<StorageTestProfile>("profile").GetAsync(nextTurn, () => null!, CancellationToken.None);

        Assert.Equal("ask-parcel-weight", prompt);
        Assert.Equal("宁波外贸有限公司", profile.CompanyName);
        Assert.Equal(["DE", "FR"], profile.Shipments[0].Markets);

        // The restarted bot can keep saving: the ETag it read is the one on disk.
        await afterRestart.CreateProperty<string>("prompt").SetAsync(nextTurn, "ask-destination", CancellationToken.None);
        await afterRestart.SaveChangesAsync(nextTurn, force: false, CancellationToken.None);
    }

    [Fact]
    public async Task ItemsSurviveReopeningTheFileWithTheirETags()
    {
        var first = OpenStore();
        await Write(first, "order", new StorageTestItem { Text = "kept" });
        var read = await ReadItem(first, "order");
        first.Dispose();

        var second = OpenStore();
        var reopened = await ReadItem(second, "order");

        Assert.Equal("kept", reopened.Text);
        Assert.Equal(read.ETag, reopened.ETag);
    }

    [Fact]
    public async Task TwoStoresOnOneFileRefuseEachOthersStaleWrites()
    {
        var processA = OpenStore();
        var processB = OpenStore();
        await Write(processA, "order", new StorageTestItem { Text = "from A" });
        var seenByB = await ReadItem(processB, "order");
        var seenByA = await ReadItem(processA, "order");
        seenByA.Text = "A again";
        await Write(processA, "order", seenByA);

        seenByB.Text = "B on stale data";
        var refusal = await Assert.ThrowsAsync<StorageConcurrencyException>(() => Write(processB, "order", seenByB));

        Assert.Equal("order", refusal.Key);
        Assert.Equal("A again", (await ReadItem(processB, "order")).Text);
    }

    [Fact]
    public async Task TwoStoresOnOneFileLoseNoConcurrentUpdate()
    {
        var stores = new[] { OpenStore(), OpenStore() };
        await Write(stores[0], "counter", new StorageTestItem { Count = 0 });

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => IncrementAsync(stores[i % 2]))));

        Assert.Equal(20, (await ReadItem(stores[1], "counter")).Count);

        static async Task IncrementAsync(SqliteStorage store)
        {
            while (true)
            {
                var item = await ReadItem(store, "counter");
                item.Count++;
                try
                {
                    await Write(store, "counter", item);
                    return;
                }
                catch (StorageConcurrencyException)
                {
                    // The other store won; read again.
                }
            }
        }
    }

    [Fact]
    public async Task ConflictMessageNamesTheKeyButNotTheContent()
    {
        var store = OpenStore();
        await Write(store, "msteams/conversations/a:1", new StorageTestItem { Text = "secret answer" });
        var stale = await ReadItem(store, "msteams/conversations/a:1");
        await Write(store, "msteams/conversations/a:1", await ReadItem(store, "msteams/conversations/a:1"));

        var refusal = await Assert.ThrowsAsync<StorageConcurrencyException>(() => Write(store, "msteams/conversations/a:1", stale));

        Assert.Contains("msteams/conversations/a:1", refusal.Message);
        Assert.DoesNotContain("secret", refusal.Message);
    }

    [Fact]
    public async Task WriteOfSeveralKeysIsAllOrNothing()
    {
        var store = OpenStore();
        await Write(store, "fresh", new StorageTestItem { Text = "fresh v1" });
        await Write(store, "contested", new StorageTestItem { Text = "contested v1" });
        var fresh = await ReadItem(store, "fresh");
        var stale = await ReadItem(store, "contested");
        await Write(store, "contested", await ReadItem(store, "contested"));

        fresh.Text = "fresh v2";
        stale.Text = "contested v2";
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => store.WriteAsync(
            new Dictionary<string, object> { ["fresh"] = fresh, ["contested"] = stale },
            CancellationToken.None));

        Assert.Equal("fresh v1", (await ReadItem(store, "fresh")).Text);
    }

    [Fact]
    public async Task DamagedRowFailsOnlyItsOwnReadWithStorageReadException()
    {
        var store = OpenStore();
        await Write(store, "damaged", new StorageTestItem { Text = "will be damaged" });
        await Write(store, "healthy", new StorageTestItem { Text = "fine" });
        await OverwriteDocumentAsync("damaged", """{"$type":"CrossBorderBot.Tests.Storage.StorageTestItem, CrossBorderBot.Bot.Tests","Text":""");

        var failure = await Assert.ThrowsAsync<StorageReadException>(() => store.ReadAsync(["damaged"], CancellationToken.None));

        Assert.Equal("damaged", failure.Key);
        Assert.Contains("'damaged'", failure.Message);
        Assert.Equal("fine", (await ReadItem(store, "healthy")).Text);
    }

    [Fact]
    public async Task RowNamingAnUntrustedTypeIsRefusedAsUnreadable()
    {
        var store = OpenStore();
        await Write(store, "tampered", new StorageTestItem());
        await OverwriteDocumentAsync(
            "tampered",
            """{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start"}""");

        var failure = await Assert.ThrowsAsync<StorageReadException>(() => store.ReadAsync(["tampered"], CancellationToken.None));

        Assert.IsType<JsonSerializationException>(failure.InnerException);
        Assert.Contains("PresentationFramework", failure.InnerException!.Message);
    }

    [Fact]
    public async Task ConversationWithDamagedStateCanStartAfresh()
    {
        var store = OpenStore();
        var state = new ConversationState(store);
        var turn = StorageTestTurns.NewTurn("conversation-1");
        await state.CreateProperty<string>("prompt").SetAsync(turn, "ask-budget", CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);
        await OverwriteDocumentAsync("test/conversations/conversation-1", "not json at all");

        // What the bot's turn error handler does: the load fails, it apologises, clears and saves a fresh state.
        var brokenTurn = StorageTestTurns.NewTurn("conversation-1");
        var failure = await Assert.ThrowsAsync<StorageReadException>(() => state.LoadAsync(brokenTurn, force: false, CancellationToken.None));
        Assert.Equal("test/conversations/conversation-1", failure.Key);
        await state.ClearStateAsync(brokenTurn, CancellationToken.None);
        await state.SaveChangesAsync(brokenTurn, force: true, CancellationToken.None);

        var prompt = await new ConversationState(store).CreateProperty<string>("prompt").GetAsync(StorageTestTurns.NewTurn("conversation-1"), () => "start", CancellationToken.None);
        Assert.Equal("start", prompt);
    }

    [Fact]
    public async Task FirstUseCreatesTheDirectoryAndAWriteAheadLoggedDatabase()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_database.Path)));
        var store = OpenStore();

        await store.ReadAsync(["anything"], CancellationToken.None);

        Assert.True(File.Exists(_database.Path));
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task DisposedStoreRefusesWork()
    {
        var store = OpenStore();
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.ReadAsync(["x"], CancellationToken.None));
    }

    private static StorageTestProfile SampleProfile() => new(
        "宁波外贸有限公司",
        [new StorageTestShipment("MUG-01", 0.45, ["DE", "FR"])],
        new Dictionary<string, decimal> { ["DE"] = 12.34m },
        new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8)),
        "yes");

    private static Task Write(IStorage store, string key, object value) =>
        store.WriteAsync(new Dictionary<string, object> { [key] = value }, CancellationToken.None);

    private static async Task<StorageTestItem> ReadItem(IStorage store, string key)
    {
        var read = await store.ReadAsync([key], CancellationToken.None);
        return Assert.IsType<StorageTestItem>(Assert.Contains(key, read));
    }

    private SqliteStorage OpenStore() => _database.OpenStore();

    /// <summary>Damages a stored row behind the store's back, as a bad disk, a manual edit or an old version would.</summary>
    private async Task OverwriteDocumentAsync(string key, string document)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {SqliteStorage.TableName} SET document = $document WHERE key = $key;";
        command.Parameters.AddWithValue("$document", document);
        command.Parameters.AddWithValue("$key", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
