using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Storage;

/// <summary>
/// Bot state in one SQLite file: a drop-in <see cref="IStorage"/> for <c>ConversationState</c> and
/// <c>UserState</c> that survives restarts and refuses stale writes (ETag optimistic concurrency), also
/// between processes sharing the file.
/// </summary>
/// <remarks>
/// Items are stored as JSON written like the SDK's <c>MemoryStorage</c> writes them, with type names limited by
/// <see cref="StateSerializationBinder"/>. Each write gives the item a new ETag, kept in its own column and in the
/// JSON's <c>eTag</c> property, and sets it on the written <see cref="IStoreItem"/> or state dictionary. A write
/// whose ETag differs from the stored one fails with <see cref="StorageConcurrencyException"/>; <c>*</c> or no
/// ETag overwrites; a key not yet stored is always written. A write of several keys is all-or-nothing.
/// </remarks>
public sealed partial class SqliteStorage : IStorage, IDisposable
{
    internal const string TableName = "bot_state";
    private const int SchemaVersion = 1;
    private const int BusyTimeoutSeconds = 10;

    // Keeps each statement under SQLite's bound-parameter limit however many keys a caller passes.
    private const int KeysPerStatement = 500;

    private readonly JsonSerializer _serializer = BotStateJson.CreateSerializer();
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly ILogger<SqliteStorage> _logger;
    private readonly string _connectionString;
    private volatile bool _initialized;
    private bool _disposed;

    /// <summary>Creates a store on the given database file; the file, its directory and schema are created on first use.</summary>
    /// <param name="databasePath">Path of the database file; made absolute against the current directory.</param>
    /// <param name="logger">Receives start-up, conflict and damaged-item messages (keys only, never content).</param>
    public SqliteStorage(string databasePath, ILogger<SqliteStorage>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _logger = logger ?? NullLogger<SqliteStorage>.Instance;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        var wanted = keys.Where(k => k is not null).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return items;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in wanted.Chunk(KeysPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT key, document FROM {TableName} WHERE key IN ({AddKeyParameters(command, chunk)});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = reader.GetString(0);
                var value = Deserialize(key, reader.GetString(1));
                if (value is not null)
                {
                    items[key] = value;
                }
            }
        }

        return items;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        // Serialize before taking the write lock so the lock is held only for the check-and-write itself.
        var pending = changes.Select(change => PendingWrite.Create(change.Key, change.Value, _serializer)).ToList();

        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            // BEGIN IMMEDIATE takes the write lock up front, so no other connection or process can write between
            // our ETag check and our write; a deferred transaction could also fail to upgrade with SQLITE_BUSY.
            // (Microsoft.Data.Sqlite does all I/O synchronously, so the synchronous BEGIN loses nothing.)
            await using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var write in pending)
            {
                var storedETag = await ReadStoredETagAsync(connection, transaction, write.Key, cancellationToken).ConfigureAwait(false);
                if (storedETag is not null && write.IsConditional && !string.Equals(write.ExpectedETag, storedETag, StringComparison.Ordinal))
                {
                    LogETagConflict(write.Key);
                    throw new StorageConcurrencyException(write.Key);
                }

                if (write.Document is null)
                {
                    await DeleteChunkAsync(connection, transaction, [write.Key], cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await UpsertAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // Only after the commit, so a refused write never leaves callers holding an ETag that was not stored.
        foreach (var write in pending)
        {
            if (write.Value is not null && write.NewETag is not null)
            {
                BotStateJson.SetETagOnValue(write.Value, write.NewETag);
            }
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var doomed = keys.Where(k => k is not null).Distinct(StringComparer.Ordinal).ToArray();
        if (doomed.Length == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var chunk in doomed.Chunk(KeysPerStatement))
        {
            await DeleteChunkAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases pooled connections so the database file can be moved or deleted.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _initializeLock.Dispose();
    }

    private static string AddKeyParameters(SqliteCommand command, IReadOnlyList<string> keys)
    {
        var names = new StringBuilder();
        for (var i = 0; i < keys.Count; i++)
        {
            var name = "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, keys[i]);
            names.Append(i == 0 ? name : "," + name);
        }

        return names.ToString();
    }

    private static async Task<string?> ReadStoredETagAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT etag FROM {TableName} WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async Task UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, PendingWrite write, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"""
            INSERT INTO {TableName} (key, etag, document, updated_at) VALUES ($key, $etag, $document, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at;
            """;
        command.Parameters.AddWithValue("$key", write.Key);
        command.Parameters.AddWithValue("$etag", write.NewETag);
        command.Parameters.AddWithValue("$document", write.Document);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task DeleteChunkAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {TableName} WHERE key IN ({AddKeyParameters(command, keys)});";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private object? Deserialize(string key, string document)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(document));
            return _serializer.Deserialize<object>(reader);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnreadableItem(key, ex.GetType().Name);
            throw new StorageReadException(key, ex);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Both settings belong to the connection, not the file, so every (possibly pooled) connection sets them.
            // busy_timeout lets SQLite itself wait for another writer's lock instead of failing at once;
            // synchronous=FULL makes a committed turn survive power loss as well as a killed process.
            await ExecuteAsync(connection, $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA synchronous = FULL;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initializeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000};", cancellationToken).ConfigureAwait(false);

            // WAL lets readers proceed while one writer commits and is recorded in the file, so it is set once.
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

            await using (var transaction = connection.BeginTransaction(deferred: false))
            {
                await using var version = connection.CreateCommand();
                version.Transaction = transaction;
                version.CommandText = "PRAGMA user_version;";
                var found = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                if (found > SchemaVersion)
                {
                    throw new InvalidOperationException(
                        $"The state database '{DatabasePath}' has schema version {found}, newer than this bot understands ({SchemaVersion}).");
                }

                await using var create = connection.CreateCommand();
                create.Transaction = transaction;
                create.CommandText =
                    $"""
                    CREATE TABLE IF NOT EXISTS {TableName} (
                        key TEXT NOT NULL PRIMARY KEY,
                        etag TEXT NOT NULL,
                        document TEXT NOT NULL,
                        updated_at TEXT NOT NULL
                    ) WITHOUT ROWID;
                    PRAGMA user_version = {SchemaVersion};
                    """;
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            _initialized = true;
            LogOpened(DatabasePath);
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Bot state store ready at {DatabasePath}")]
    private partial void LogOpened(string databasePath);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Refused a stale write to stored item {StorageKey} (ETag mismatch)")]
    private partial void LogETagConflict(string storageKey);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Stored item {StorageKey} could not be read ({ErrorType})")]
    private partial void LogUnreadableItem(string storageKey, string errorType);

    /// <summary>One key's change, serialized and with its ETags worked out, ready for the transaction.</summary>
    private sealed record PendingWrite(string Key, object? Value, string? Document, string? ExpectedETag, string? NewETag)
    {
        /// <summary>A write that must match the stored ETag; <c>*</c> or no ETag means "overwrite".</summary>
        public bool IsConditional => !string.IsNullOrEmpty(ExpectedETag) && ExpectedETag != "*";

        public static PendingWrite Create(string key, object? value, JsonSerializer serializer)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (value is null)
            {
                // MemoryStorage keeps a null and reads skip it; deleting the row means the same to readers.
                return new PendingWrite(key, null, null, null, null);
            }

            var json = JToken.FromObject(value, serializer);
            var expected = BotStateJson.ReadETag(value, json);
            string? newETag = null;
            if (BotStateJson.CarriesETag(value) && json is JObject jsonObject)
            {
                // A fresh random tag, not a counter, so a tag from before a delete can never match a later item.
                newETag = Guid.NewGuid().ToString("N");
                BotStateJson.StampETag(jsonObject, newETag);
            }

            return new PendingWrite(key, value, json.ToString(Formatting.None), expected, newETag ?? Guid.NewGuid().ToString("N"));
        }
    }
}
