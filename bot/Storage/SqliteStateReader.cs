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
    private readonly SqliteParameter _key;
    private readonly SqliteCommand _selectWithETag;
    private readonly SqliteParameter _keyWithETag;

    private SqliteStateReader(SqliteConnection connection)
    {
        _connection = connection;
        _select = connection.CreateCommand();
        _select.CommandText = $"SELECT document FROM {SqliteStorage.TableName} WHERE key = $key;";
        _key = _select.Parameters.Add("$key", SqliteType.Text);
        _select.Prepare();
        _selectWithETag = connection.CreateCommand();
        _selectWithETag.CommandText = $"SELECT document, etag FROM {SqliteStorage.TableName} WHERE key = $key;";
        _keyWithETag = _selectWithETag.Parameters.Add("$key", SqliteType.Text);
        _selectWithETag.Prepare();
    }

    public static SqliteStateReader Open(string connectionString, int busyTimeoutMilliseconds)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            SqliteStorage.Execute(connection, $"PRAGMA busy_timeout = {busyTimeoutMilliseconds};");
            return new SqliteStateReader(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The stored JSON of one key, or null when the key is not stored.</summary>
    public string? ReadDocument(string key)
    {
        _key.Value = key;

        // Outside a transaction each step sees the latest commit (WAL), so a long-lived connection never reads stale state.
        return _select.ExecuteScalar() as string;
    }

    /// <summary>The stored JSON of one key and its ETag, or null when the key is not stored.</summary>
    public (string Document, string ETag)? ReadDocumentAndETag(string key)
    {
        _keyWithETag.Value = key;
        using var row = _selectWithETag.ExecuteReader();
        return row.Read() ? (row.GetString(0), row.GetString(1)) : null;
    }

    public void Dispose()
    {
        _selectWithETag.Dispose();
        _select.Dispose();
        _connection.Dispose();
    }
}
