using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Storage;

/// <summary>
/// One open read connection with its statement prepared once. <see cref="SqliteStorage"/> keeps a few of these and
/// lends them out, so a read costs one step of a prepared statement instead of an open, two pragmas and a compile.
/// </summary>
internal sealed class SqliteStateReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _select;
    private readonly SqliteCommand _selectWithETag;

    private SqliteStateReader(SqliteConnection connection)
    {
        _connection = connection;
        _select = SqliteStateSchema.Prepare(connection, $"SELECT document FROM {SqliteStorage.TableName} WHERE key = $key;", "$key");
        _selectWithETag = SqliteStateSchema.Prepare(connection, $"SELECT document, etag FROM {SqliteStorage.TableName} WHERE key = $key;", "$key");
    }

    public static SqliteStateReader Open(string connectionString, int busyTimeoutMilliseconds) =>
        SqliteStateSchema.Open(connectionString, $"PRAGMA busy_timeout = {busyTimeoutMilliseconds};", connection => new SqliteStateReader(connection));

    /// <summary>The stored JSON of one key, or null when the key is not stored.</summary>
    public string? ReadDocument(string key)
    {
        _select.Parameters[0].Value = key;

        // Outside a transaction each step sees the latest commit (WAL), so a long-lived connection never reads stale state.
        return _select.ExecuteScalar() as string;
    }

    /// <summary>The stored JSON of one key as UTF-8 (as SQLite keeps it) and its ETag, or null when the key is not stored.</summary>
    public (byte[] Document, string ETag)? ReadDocumentAndETag(string key)
    {
        _selectWithETag.Parameters[0].Value = key;
        using var row = _selectWithETag.ExecuteReader();
        return row.Read() ? (row.GetFieldValue<byte[]>(0), row.GetString(1)) : null;
    }

    public void Dispose()
    {
        _selectWithETag.Dispose();
        _select.Dispose();
        _connection.Dispose();
    }
}
