using Microsoft.Data.Sqlite;

namespace CrossBorderBot.Storage;

/// <summary>
/// Creates the state database's file, table and journal mode on first use, and refuses a database written by a newer
/// schema than this bot understands (it would misread it).
/// </summary>
internal static class SqliteStateSchema
{
    /// <summary>The table layout this build writes; <c>PRAGMA user_version</c> records it in the file.</summary>
    private const int SchemaVersion = 1;

    /// <summary>How long a connection waits for another process's lock before it fails.</summary>
    internal const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>Opens a connection, runs its <paramref name="pragmas"/> and hands it to <paramref name="create"/>; closed again if either fails.</summary>
    public static T Open<T>(string connectionString, string pragmas, Func<SqliteConnection, T> create)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            SqliteStorage.Execute(connection, pragmas);
            return create(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A statement compiled once, with text parameters of the given names, to be run many times.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        command.Prepare();
        return command;
    }

    public static void Ensure(string databasePath, string connectionString)
    {
        var directory = Path.GetDirectoryName(databasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteStorage.Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");

        // WAL lets readers proceed while one writer commits and is recorded in the file, so it is set once.
        SqliteStorage.Execute(connection, "PRAGMA journal_mode = WAL;");

        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            using var version = connection.CreateCommand();
            version.Transaction = transaction;
            version.CommandText = "PRAGMA user_version;";
            var found = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (found > SchemaVersion)
            {
                throw new InvalidOperationException(
                    $"The state database '{databasePath}' has schema version {found}, newer than this bot understands ({SchemaVersion}).");
            }

            // A rowid table with the key in its own index, not WITHOUT ROWID: there every row is the key of one b-tree, and
            // its interior pages hold up to ~1 KB of each row (the document's start), so a page keeps only about four
            // of them and a lookup went down about seven levels (each a page read, after every commit, since WAL
            // readers drop their page cache); here the key index keeps ~60 keys a page and the rows' tree ~400 row ids,
            // and a document up to ~4 KB fits in its leaf without an overflow page. Same table, columns and SQL for
            // every reader; files made with the earlier layout keep it and are read and written as before.
            using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText =
                $"""
                CREATE TABLE IF NOT EXISTS {SqliteStorage.TableName} (
                    key TEXT NOT NULL PRIMARY KEY,
                    etag TEXT NOT NULL,
                    document TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                PRAGMA user_version = {SchemaVersion};
                """;
            create.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
