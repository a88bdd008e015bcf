using CrossBorderBot.Dialogs;
using CrossBorderBot.Storage;
using Npgsql;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// PostgreSQL keeps each row's text beside its jsonb document (jsonb reorders keys); tables and rows from before that
/// column existed still load, and get the text on their first save.
/// </summary>
public sealed class PostgresStateTextTests : IAsyncLifetime
{
    // A conversation state as the SDK path stored it in jsonb: keys in jsonb's order, "$type" not first everywhere.
    private const string StoredBeforeTextColumn = """
        {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","DialogState":{"$type":"CrossBorderBot.Dialogs.DialogState, CrossBorderBot","dialogStack":[{"id":"main-menu","version":1,"state":{"values":{},"asked":[],"stepIndex":2}}]},"eTag":""}
        """;

    private readonly string _table = StorageTestServices.UniqueName("legacy_");
    private PostgresStorage? _store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DropAsync(CancellationToken.None);
            await _store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task ARowOfATableFromBeforeTheTextColumnLoadsAndIsRewrittenWithItsTextOnce()
    {
        var connectionString = StorageTestServices.PostgresConnectionString();
        await ExecuteAsync(connectionString, $"""
            CREATE SEQUENCE {_table}_version;
            CREATE TABLE {_table} (key text PRIMARY KEY, document jsonb NOT NULL, version bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
            INSERT INTO {_table} (key, document, version) VALUES ('test/conversations/old', '{StoredBeforeTextColumn}'::jsonb, nextval('{_table}_version'));
            """);
        _store = new PostgresStorage(connectionString, _table);
        var conversation = TrackedBotState.Conversation(_store, _store);
        var user = TrackedBotState.User(_store, _store);

        var turn = StorageTestTurns.NewTurn("old");
        var dialogs = await conversation.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(turn, () => null!, CancellationToken.None);
        Assert.Equal(2, Assert.Single(dialogs.DialogStack).GetValue<int>("stepIndex"));
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);
        var text = await ScalarAsync(connectionString, $"SELECT document_text FROM {_table} WHERE key = 'test/conversations/old'");
        Assert.StartsWith("{\"$type\":\"System.Collections.Generic.Dictionary", Assert.IsType<string>(text), StringComparison.Ordinal);
        var version = await ScalarAsync(connectionString, $"SELECT version FROM {_table} WHERE key = 'test/conversations/old'");

        // Read from its text now, and a turn that changes nothing writes nothing.
        var next = StorageTestTurns.NewTurn("old");
        var nextConversation = TrackedBotState.Conversation(_store, _store);
        var again = await nextConversation.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(next, () => null!, CancellationToken.None);
        Assert.Equal("main-menu", Assert.Single(again.DialogStack).Id);
        await TurnStateWriter.SaveAsync(next, [nextConversation, TrackedBotState.User(_store, _store)], force: false, CancellationToken.None);
        Assert.Equal(version, await ScalarAsync(connectionString, $"SELECT version FROM {_table} WHERE key = 'test/conversations/old'"));
    }

    [SkippableFact]
    public async Task ARowUpdatedByAnInstanceThatSetsOnlyTheDocumentIsReadFromTheDocument()
    {
        var connectionString = StorageTestServices.PostgresConnectionString();
        _store = new PostgresStorage(connectionString, _table);
        var conversation = TrackedBotState.Conversation(_store, _store);
        var turn = StorageTestTurns.NewTurn("rolling");
        await conversation.CreateProperty<int>("step").SetAsync(turn, 1, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation], force: false, CancellationToken.None);

        // What the previous version's upsert does during a rolling deployment: a new document and version, no text.
        await ExecuteAsync(connectionString, $"UPDATE {_table} SET document = jsonb_set(document, ARRAY['step'], '7'), version = nextval('{_table}_version') WHERE key = 'test/conversations/rolling'");

        var next = StorageTestTurns.NewTurn("rolling");
        var reread = TrackedBotState.Conversation(_store, _store);
        Assert.Equal(7, await reread.CreateProperty<int>("step").GetAsync(next, () => 0, CancellationToken.None));
        Assert.Equal(7L, (await _store.ReadAsync(["test/conversations/rolling"], CancellationToken.None))["test/conversations/rolling"] is IDictionary<string, object> state ? state["step"] : null);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
