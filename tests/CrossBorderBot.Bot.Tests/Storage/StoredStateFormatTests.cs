using CrossBorderBot.Dialogs;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// State is written with type names only where a read needs them; state stored by earlier versions, which named every
/// type and wrapped every list, must still load as the same typed objects after an upgrade.
/// </summary>
public sealed class StoredStateFormatTests : IDisposable
{
    // A conversation saved by the previous version (TypeNameHandling.All), shortened: a component guide waiting inside the menu.
    private const string SavedByEarlierVersion = """
        {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","DialogState":{"$type":"CrossBorderBot.Dialogs.DialogState, CrossBorderBot","dialogStack":{"$type":"System.Collections.Generic.List`1[[CrossBorderBot.Dialogs.DialogInstance, CrossBorderBot]], System.Private.CoreLib","$values":[{"$type":"CrossBorderBot.Dialogs.DialogInstance, CrossBorderBot","id":"main-menu","version":1,"state":{"dialogs":{"dialogStack":[{"id":"main-menu.steps","version":3,"state":{"values":{},"asked":[{"Step":1,"Values":{},"Result":"choose_logistics"}],"stepIndex":1}}]}}}]}},"eTag":"8f5d10f08a3c45b79b1da728b527235f"}
        """;

    private readonly StorageTempDatabase _database = new();
    private readonly List<SqliteStorage> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _database.Dispose();
    }

    [Fact]
    public async Task StateStoredByAnEarlierVersionLoadsAsTheSameDialogStack()
    {
        await InsertAsync("test/conversations/old", SavedByEarlierVersion);
        var state = new ConversationState(OpenStore());
        var turn = StorageTestTurns.NewTurn("old");

        var dialogs = await state.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(turn, () => null!, CancellationToken.None);

        var menu = Assert.Single(dialogs.DialogStack);
        Assert.Equal("main-menu", menu.Id);
        Assert.Equal(1, menu.Version);
        Assert.Equal("main-menu.steps", menu.State.StackAt("dialogs").DialogStack[0].Id);
    }

    [Fact]
    public async Task NewStateNamesTheStateTypesButDoesNotWrapListsAndReadsBackTyped()
    {
        var store = OpenStore();
        var state = new ConversationState(store);
        var turn = StorageTestTurns.NewTurn("new");
        var stack = new DialogState();
        stack.DialogStack.Add(new DialogInstance { Id = "guide-logistics", Version = 2 });
        await state.CreateProperty<DialogState>(nameof(DialogState)).SetAsync(turn, stack, CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        var document = await ReadDocumentAsync();
        Assert.Contains("\"$type\":\"CrossBorderBot.Dialogs.DialogState, CrossBorderBot\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("$values", document, StringComparison.Ordinal);

        var reread = new ConversationState(OpenStore());
        var loaded = await reread.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(StorageTestTurns.NewTurn("new"), () => null!, CancellationToken.None);
        Assert.Equal("guide-logistics", Assert.Single(loaded.DialogStack).Id);
    }

    private SqliteStorage OpenStore()
    {
        var store = new SqliteStorage(_database.Path);
        _stores.Add(store);
        return store;
    }

    private async Task InsertAsync(string key, string document)
    {
        // The store creates its table on first use.
        await OpenStore().ReadAsync(["warm-up"], CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {SqliteStorage.TableName} (key, etag, document, updated_at) VALUES ($key, 'old-etag', $document, '2026-11-01T00:00:00Z');";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$document", document);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<string> ReadDocumentAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT document FROM {SqliteStorage.TableName};";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
