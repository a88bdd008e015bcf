using CrossBorderBot.Dialogs;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// The state layer over the bot's own stores: a turn parses its state once, writes only when the state changed, and
/// writes conversation and user state together or not at all; state stored by earlier versions still loads. On every
/// provider; PostgreSQL and Azure Blob (Azurite) are skipped where those services are not running (see
/// <see cref="StorageTestServices"/>).
/// </summary>
public sealed class TrackedBotStateTests : IAsyncLifetime
{
    private const string SavedByEarlierVersion = """
        {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","DialogState":{"$type":"CrossBorderBot.Dialogs.DialogState, CrossBorderBot","dialogStack":{"$type":"System.Collections.Generic.List`1[[CrossBorderBot.Dialogs.DialogInstance, CrossBorderBot]], System.Private.CoreLib","$values":[{"$type":"CrossBorderBot.Dialogs.DialogInstance, CrossBorderBot","id":"main-menu","version":1,"state":{"dialogs":{"dialogStack":[{"id":"main-menu.steps","version":3,"state":{"values":{},"asked":[{"Step":1,"Values":{},"Result":"choose_logistics"}],"stepIndex":1}}]}}}]}},"eTag":"8f5d10f08a3c45b79b1da728b527235f"}
        """;

    private readonly StorageTempDatabase _database = new();
    private readonly List<SqliteStorage> _stores = [];
    private readonly List<PostgresStorage> _postgresStores = [];
    private readonly List<AzureBlobStorage> _blobStores = [];

    public static TheoryData<string> Providers => new() { "Sqlite", "Memory", "Postgres", "AzureBlob" };

    /// <summary>
    /// The stores that refuse a turn's whole write when one key is stale (Blob Storage by leasing both blobs first; it
    /// has no transaction over blobs, see <see cref="AzureBlobStateWrite"/>).
    /// </summary>
    public static TheoryData<string> AtomicProviders => new() { "Sqlite", "Memory", "Postgres", "AzureBlob" };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        foreach (var store in _postgresStores)
        {
            await store.DropAsync(CancellationToken.None);
            await store.DisposeAsync();
        }

        foreach (var store in _blobStores)
        {
            await store.DropAsync(CancellationToken.None);
        }

        _database.Dispose();
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task ChangedStateIsSavedAndReadsBackTypedInALaterTurn(string provider)
    {
        var store = new CountingStore(Open(provider));
        await SaveTurnAsync(store, "c1", step: 3, plan: "sea freight");

        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn("c1");
        Assert.Equal(3, await conversation.CreateProperty<int>("step").GetAsync(turn, () => 0, CancellationToken.None));
        Assert.Equal("sea freight", await user.CreateProperty<string>("plan").GetAsync(turn, () => string.Empty, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task ATurnThatChangesNothingWritesNothing(string provider)
    {
        var store = new CountingStore(Open(provider));
        await SaveTurnAsync(store, "c1", step: 3, plan: "sea freight");
        var eTagBefore = (await store.ReadStateAsync("test/conversations/c1", CancellationToken.None))!.ETag;
        store.Writes.Clear();

        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn("c1");
        await conversation.CreateProperty<int>("step").GetAsync(turn, () => 0, CancellationToken.None);
        await user.CreateProperty<string>("plan").GetAsync(turn, () => string.Empty, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);

        Assert.Empty(store.Writes);
        Assert.Equal(eTagBefore, (await store.ReadStateAsync("test/conversations/c1", CancellationToken.None))!.ETag);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task ConversationAndUserStateAreSavedInOneWrite(string provider)
    {
        var store = new CountingStore(Open(provider));

        await SaveTurnAsync(store, "c1", step: 1, plan: "air");

        var write = Assert.Single(store.Writes);
        Assert.Equal(["test/conversations/c1", "test/users/user-1"], write.Select(w => w.Key).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(AtomicProviders))]
    public async Task WhenUserStateIsStaleConversationStateIsNotSavedEither(string provider)
    {
        var store = new CountingStore(Open(provider));
        await SaveTurnAsync(store, "c1", step: 1, plan: "air");

        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn("c1");
        await conversation.CreateProperty<int>("step").SetAsync(turn, 2, CancellationToken.None);
        await user.CreateProperty<string>("plan").SetAsync(turn, "rail", CancellationToken.None);

        // Another instance saves the same user meanwhile.
        await SaveTurnAsync(store, "c2", step: 9, plan: "express");

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None));
        var (rereadConversation, _) = States(store);
        Assert.Equal(1, await rereadConversation.CreateProperty<int>("step").GetAsync(StorageTestTurns.NewTurn("c1"), () => 0, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task ASecondSaveInTheSameTurnWritesOnlyWhatChangedSinceTheFirst(string provider)
    {
        var store = new CountingStore(Open(provider));
        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn("c1");
        await conversation.CreateProperty<int>("step").SetAsync(turn, 1, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);
        await conversation.CreateProperty<int>("step").SetAsync(turn, 2, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);

        Assert.Equal(2, store.Writes.Count);
        Assert.Equal(2, await States(store).Conversation.CreateProperty<int>("step").GetAsync(StorageTestTurns.NewTurn("c1"), () => 0, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task AStaleUserStateIsRefused(string provider)
    {
        var store = new CountingStore(Open(provider));
        await SaveTurnAsync(store, "c1", step: 1, plan: "air");

        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn("c1");
        await user.CreateProperty<string>("plan").SetAsync(turn, "rail", CancellationToken.None);
        await SaveTurnAsync(store, "c2", step: 9, plan: "express");

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None));
        Assert.Equal("express", await States(store).User.CreateProperty<string>("plan").GetAsync(StorageTestTurns.NewTurn("c3"), () => string.Empty, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task StateWrittenThroughTheStorageInterfaceIsRecognisedAsUnchanged(string provider)
    {
        var store = new CountingStore(Open(provider));
        var sdkState = new ConversationState(store);
        var first = StorageTestTurns.NewTurn("c1");
        await sdkState.CreateProperty<int>("step").SetAsync(first, 4, CancellationToken.None);
        await sdkState.SaveChangesAsync(first, force: false, CancellationToken.None);

        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn("c1");
        Assert.Equal(4, await conversation.CreateProperty<int>("step").GetAsync(turn, () => 0, CancellationToken.None));
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);

        Assert.Empty(store.Writes);
    }

    [Fact]
    public async Task StateStoredByAnEarlierVersionLoadsAndIsRewrittenInTheCurrentFormOnce()
    {
        var sqlite = Open("Sqlite");
        await InsertAsync(sqlite, "test/conversations/old", SavedByEarlierVersion);
        var store = new CountingStore(sqlite);

        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn("old");
        var dialogs = await conversation.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(turn, () => null!, CancellationToken.None);
        Assert.Equal("main-menu", Assert.Single(dialogs.DialogStack).Id);
        Assert.Equal("main-menu.steps", dialogs.DialogStack[0].State.StackAt("dialogs").DialogStack[0].Id);
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);

        var rewritten = Assert.Single(Assert.Single(store.Writes));
        Assert.DoesNotContain("$values", rewritten.Body, StringComparison.Ordinal);
        store.Writes.Clear();

        var (again, againUser) = States(store);
        var next = StorageTestTurns.NewTurn("old");
        var reloaded = await again.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(next, () => null!, CancellationToken.None);
        Assert.Equal("main-menu", Assert.Single(reloaded.DialogStack).Id);
        await TurnStateWriter.SaveAsync(next, [again, againUser], force: false, CancellationToken.None);
        Assert.Empty(store.Writes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task StateIsReadOnceATurnAndTheSdksAccessorsFindIt(string provider)
    {
        var store = new CountingStore(Open(provider));
        await SaveTurnAsync(store, "c1", step: 4, plan: "rail");
        store.StateReads = 0;

        // The turn's cache entry is made without the SDK's constructor (no change hash): the SDK's own readers must
        // still find it, and every later read in the turn must be served from it.
        var (conversation, _) = States(store);
        var turn = StorageTestTurns.NewTurn("c1");
        var step = conversation.CreateProperty<int>("step");
        Assert.Equal(4, await step.GetAsync(turn, () => 0, CancellationToken.None));
        await step.SetAsync(turn, 5, CancellationToken.None);
        Assert.Equal(5, await step.GetAsync(turn, () => 0, CancellationToken.None));
        await conversation.LoadAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(1, store.StateReads);
        Assert.Equal(5, (int)conversation.Get(turn)["step"]!);
    }

    [Fact]
    public async Task ClearedStateIsSavedEvenWhenNothingWasReadFirst()
    {
        var store = new CountingStore(Open("Sqlite"));
        await SaveTurnAsync(store, "c1", step: 5, plan: "air");

        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn("c1");
        await conversation.ClearStateAsync(turn, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);

        Assert.Equal(0, await States(store).Conversation.CreateProperty<int>("step").GetAsync(StorageTestTurns.NewTurn("c1"), () => 0, CancellationToken.None));
    }

    private static (TrackedBotState Conversation, TrackedBotState User) States(CountingStore store) =>
        (TrackedBotState.Conversation(store, store), TrackedBotState.User(store, store));

    private static async Task SaveTurnAsync(CountingStore store, string conversationId, int step, string plan)
    {
        var (conversation, user) = States(store);
        var turn = StorageTestTurns.NewTurn(conversationId);
        await conversation.CreateProperty<int>("step").SetAsync(turn, step, CancellationToken.None);
        await user.CreateProperty<string>("plan").SetAsync(turn, plan, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);
    }

    private IStorage Open(string provider)
    {
        switch (provider)
        {
            case "Memory":
                return new BoundedMemoryStorage();
            case "Postgres":
                var postgres = new PostgresStorage(StorageTestServices.PostgresConnectionString(), StorageTestServices.UniqueName("tracked_"));
                _postgresStores.Add(postgres);
                return postgres;
            case "AzureBlob":
                var blob = new AzureBlobStorage(StorageTestServices.AzuriteConnectionString(), StorageTestServices.UniqueName("tracked-"));
                _blobStores.Add(blob);
                return blob;
        }

        var store = new SqliteStorage(_database.Path);
        _stores.Add(store);
        return store;
    }

    private async Task InsertAsync(IStorage store, string key, string document)
    {
        // The store creates its table on first use.
        await store.ReadAsync(["warm-up"], CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {SqliteStorage.TableName} (key, etag, document, updated_at) VALUES ($key, 'old-etag', $document, '2026-11-01T00:00:00Z');";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$document", document);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>A bot store that records each state write it passes on.</summary>
    private sealed class CountingStore(IStorage inner) : IStorage, IBotStateDocumentStore
    {
        private readonly IBotStateDocumentStore _documents = (IBotStateDocumentStore)inner;

        public List<IReadOnlyList<BotStateWrite>> Writes { get; } = [];

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public int StateReads { get; set; }

        public Task<StoredBotState?> ReadStateAsync(string key, CancellationToken cancellationToken)
        {
            StateReads++;
            return _documents.ReadStateAsync(key, cancellationToken);
        }

        public Task<IReadOnlyList<string>> WriteStateAsync(IReadOnlyList<BotStateWrite> writes, CancellationToken cancellationToken)
        {
            Writes.Add(writes);
            return _documents.WriteStateAsync(writes, cancellationToken);
        }
    }
}
