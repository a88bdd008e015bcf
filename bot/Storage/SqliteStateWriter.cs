using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Storage;

/// <summary>
/// The one write connection of a <see cref="SqliteStorage"/>, with its statements prepared once. It commits a batch
/// of callers' operations in one transaction: one fsync for the whole batch instead of one per caller (group commit),
/// while each operation keeps its own ETag checks and all-or-nothing outcome.
/// </summary>
internal sealed class SqliteStateWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _selectETag;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;

    // BEGIN and COMMIT prepared once like the other statements: SqliteTransaction would compile them on every batch.
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _rollback;

    private SqliteStateWriter(SqliteConnection connection)
    {
        _connection = connection;
        _begin = Prepare("BEGIN IMMEDIATE;");
        _commit = Prepare("COMMIT;");
        _rollback = Prepare("ROLLBACK;");
        _selectETag = Prepare($"SELECT etag FROM {SqliteStorage.TableName} WHERE key = $key;", "$key");
        // The document is bound as its UTF-8 bytes and cast to TEXT (the database's encoding is UTF-8): stored as the
        // same text as before, without a .NET string of it ever being made; readers see a TEXT value as always.
        _upsert = Prepare(
            $"""
            INSERT INTO {SqliteStorage.TableName} (key, etag, document, updated_at) VALUES ($key, $etag, CAST($document AS TEXT), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at;
            """,
            "$key",
            "$etag",
            "$document");
        _delete = Prepare($"DELETE FROM {SqliteStorage.TableName} WHERE key = $key;", "$key");
    }

    // busy_timeout lets SQLite itself wait for another writer's lock (another process on the file) instead of failing at
    // once; synchronous=FULL makes a committed turn survive power loss as well as a killed process.
    public static SqliteStateWriter Open(string connectionString, int busyTimeoutMilliseconds) =>
        SqliteStateSchema.Open(
            connectionString,
            $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = FULL;",
            connection => new SqliteStateWriter(connection));

    /// <summary>
    /// Applies every operation in one transaction and commits it. Returns, per operation, null when it was applied
    /// or the key whose stored ETag refused it (then none of that operation's keys were touched). Throws when the
    /// transaction itself fails: then nothing of the batch was stored.
    /// </summary>
    public string?[] Commit(IReadOnlyList<IReadOnlyList<PendingStateWrite>> operations)
    {
        var refusedKeys = new string?[operations.Count];

        // BEGIN IMMEDIATE takes the write lock up front, so no other connection or process can write between an ETag
        // check and its write; a deferred transaction could also fail to upgrade with SQLITE_BUSY.
        _begin.ExecuteNonQuery();
        try
        {
            for (var i = 0; i < operations.Count; i++)
            {
                // All checks of an operation come before any of its writes, so a refusal leaves nothing to undo.
                // Earlier operations of the batch are visible here, exactly as if they had committed one by one.
                refusedKeys[i] = FindStaleKey(operations[i]);
                if (refusedKeys[i] is null)
                {
                    Apply(operations[i]);
                }
            }

            _commit.ExecuteNonQuery();
        }
        catch
        {
            RollBack();
            throw;
        }

        return refusedKeys;
    }

    public void Dispose()
    {
        _selectETag.Dispose();
        _upsert.Dispose();
        _delete.Dispose();
        _begin.Dispose();
        _commit.Dispose();
        _rollback.Dispose();
        _connection.Dispose();
    }

    private string? FindStaleKey(IReadOnlyList<PendingStateWrite> writes)
    {
        foreach (var write in writes)
        {
            if (!write.IsConditional)
            {
                continue;
            }

            _selectETag.Parameters[0].Value = write.Key;
            if (_selectETag.ExecuteScalar() is string storedETag && !string.Equals(write.ExpectedETag, storedETag, StringComparison.Ordinal))
            {
                return write.Key;
            }
        }

        return null;
    }

    private void Apply(IReadOnlyList<PendingStateWrite> writes)
    {
        foreach (var write in writes)
        {
            if (write.Document is null)
            {
                _delete.Parameters[0].Value = write.Key;
                _delete.ExecuteNonQuery();
            }
            else
            {
                _upsert.Parameters[0].Value = write.Key;
                _upsert.Parameters[1].Value = write.NewETag;
                _upsert.Parameters[2].Value = write.Document;
                _upsert.ExecuteNonQuery();
            }
        }
    }

    // Undoes what the batch wrote when a statement failed; SQLite may already have rolled back on its own (then there
    // is nothing to undo). The caller closes this connection after any failure, which would roll back as well.
    private void RollBack()
    {
        if (_connection.State != System.Data.ConnectionState.Open || _connection.Handle is null
            || SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) != 0)
        {
            return;
        }

        try
        {
            _rollback.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // The failure being thrown is the one to report; the caller closes this connection, which rolls back too.
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameterNames) => SqliteStateSchema.Prepare(_connection, sql, parameterNames);
}
