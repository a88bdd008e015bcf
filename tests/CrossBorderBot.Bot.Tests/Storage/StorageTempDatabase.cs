using CrossBorderBot.Storage;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// A database path in a fresh temporary directory, removed with everything in it on dispose, after the stores opened
/// on it by <see cref="OpenStore"/> are closed.
/// </summary>
public sealed class StorageTempDatabase : IDisposable
{
    private readonly List<SqliteStorage> _stores = [];

    public StorageTempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crossborderbot-storage-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "state", "bot-state.db");
    }

    public string Directory { get; }

    /// <summary>The database file; its own directory does not exist yet, so stores must create it.</summary>
    public string Path { get; }

    /// <summary>A SQLite store on this file (another process, or the same one after a restart, when opened again).</summary>
    public SqliteStorage OpenStore()
    {
        var store = new SqliteStorage(Path);
        _stores.Add(store);
        return store;
    }

    /// <summary>
    /// Puts a stored document in the table as an earlier version of the bot left it, with the eTag written in the document
    /// unless <paramref name="eTag"/> says otherwise.
    /// </summary>
    public async Task InsertRowAsync(string key, string document, string? eTag = null)
    {
        // The store creates its table on first use.
        await OpenStore().ReadAsync(["warm-up"], CancellationToken.None);
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {SqliteStorage.TableName} (key, etag, document, updated_at) VALUES ($key, $etag, $document, '2026-12-01T00:00:00Z');";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$etag", eTag ?? (string)JObject.Parse(document)["eTag"]!);
        command.Parameters.AddWithValue("$document", document);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>One column of a stored row, read past the store ("document", "etag", "typeof(document)").</summary>
    public async Task<string> ReadColumnAsync(string column, string key)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM {SqliteStorage.TableName} WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private async Task<SqliteConnection> ConnectAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
