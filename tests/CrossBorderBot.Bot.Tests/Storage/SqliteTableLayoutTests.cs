using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// The state table's layout: a new file gets a rowid table whose key has its own index (a lookup reads a few small pages,
/// not seven levels of pages holding ~1 KB of every row), and a file made with the earlier WITHOUT ROWID layout keeps it
/// and works exactly as before.
/// </summary>
public sealed class SqliteTableLayoutTests : IDisposable
{
    private readonly StorageTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_new_file_keeps_rows_by_rowid_and_finds_a_key_through_its_index()
    {
        var store = _database.OpenStore();
        await store.WriteAsync(new Dictionary<string, object> { ["webchat/conversations/c1"] = new StorageTestItem { Text = "hello" } }, CancellationToken.None);

        await using var connection = Connect();
        Assert.False(await IsWithoutRowidAsync(connection));
        Assert.Contains("USING INDEX", await QueryPlanAsync(connection), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_made_with_the_earlier_layout_keeps_it_and_is_read_written_and_refused_as_before()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        await using (var earlier = Connect())
        {
            Execute(earlier, "PRAGMA journal_mode = WAL;");
            Execute(earlier, $"""
                CREATE TABLE {SqliteStorage.TableName} (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, document TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;
                PRAGMA user_version = 1;
                """);
        }

        await _database.InsertRowAsync("kept", """{"$type":"CrossBorderBot.Tests.Storage.StorageTestItem, CrossBorderBot.Bot.Tests","Text":"from before","eTag":"e1"}""");
        var store = _database.OpenStore();
        var read = Assert.IsType<StorageTestItem>((await store.ReadAsync(["kept"], CancellationToken.None))["kept"]);
        Assert.Equal("from before", read.Text);

        read.Text = "changed";
        await store.WriteAsync(new Dictionary<string, object> { ["kept"] = read }, CancellationToken.None);
        var stale = new StorageTestItem { Text = "stale", ETag = "e1" };
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => store.WriteAsync(new Dictionary<string, object> { ["kept"] = stale }, CancellationToken.None));

        Assert.Equal("changed", Assert.IsType<StorageTestItem>((await _database.OpenStore().ReadAsync(["kept"], CancellationToken.None))["kept"]).Text);
        await using var connection = Connect();
        Assert.True(await IsWithoutRowidAsync(connection));
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task<bool> IsWithoutRowidAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '{SqliteStorage.TableName}';";
        var sql = (string)(await command.ExecuteScalarAsync())!;
        return sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> QueryPlanAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT document, etag FROM {SqliteStorage.TableName} WHERE key = 'webchat/conversations/c1';";
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(" | ", plan);
    }
}
