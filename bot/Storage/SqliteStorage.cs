using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;

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
/// <para>
/// Performance without giving up durability: writes from concurrent turns are committed together by
/// <see cref="SqliteGroupCommit"/>, so a reply sent after <see cref="WriteAsync"/> returns is never ahead of its state.
/// One write connection and a few read connections stay open with their statements prepared.
/// </para>
/// </remarks>
public sealed partial class SqliteStorage : PendingWriteStorage, IDisposable
{
    internal const string TableName = "bot_state";

    private readonly Lock _initializeLock = new();
    private readonly ConcurrentBag<SqliteStateReader> _readers = [];
    private readonly ILogger<SqliteStorage> _logger;
    private readonly string _connectionString;
    private readonly SqliteGroupCommit _commits;
    private volatile bool _initialized;
    private volatile bool _disposed;

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

            // The store keeps its own connections open for its lifetime, so the driver's pool has nothing to add.
            Pooling = false,
            DefaultTimeout = SqliteStateSchema.BusyTimeoutMilliseconds / 1000,
        }.ToString();
        _commits = new SqliteGroupCommit(_connectionString, LogETagConflict);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public override Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(keys);
            cancellationToken.ThrowIfCancellationRequested();

            // Microsoft.Data.Sqlite does all I/O synchronously; an async wrapper per statement would only add cost.
            return Task.FromResult<IDictionary<string, object>>(Read(keys, cancellationToken));
        }
        catch (Exception ex)
        {
            return Task.FromException<IDictionary<string, object>>(ex);
        }
    }

    /// <inheritdoc />
    public override Task<StoredBotState?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(key);
            cancellationToken.ThrowIfCancellationRequested();
            EnsureInitialized();
            var reader = RentReader();
            (byte[] Document, string ETag)? stored;
            try
            {
                stored = reader.ReadDocumentAndETag(key);
            }
            finally
            {
                ReturnReader(reader);
            }

            return Task.FromResult(stored is { } found
                ? ReadState(key, found.Document, found.ETag)
                : null);
        }
        catch (Exception ex)
        {
            return Task.FromException<StoredBotState?>(ex);
        }
    }

    /// <inheritdoc />
    public override Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            var doomed = StorageKeys.Distinct(keys).Select(PendingStateWrite.Delete).ToList();
            return doomed.Count == 0 ? Task.CompletedTask : CommitAsync(doomed, [], cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
    }

    /// <summary>Closes the store's connections so the database file can be moved or deleted.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        _commits.Dispose();
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Dictionary<string, object> Read(string[] keys, CancellationToken cancellationToken)
    {
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        EnsureInitialized();
        var reader = RentReader();
        try
        {
            foreach (var key in keys)
            {
                if (key is null || items.ContainsKey(key))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (reader.ReadDocument(key) is { } document && Deserialize(key, document) is { } value)
                {
                    items[key] = value;
                }
            }
        }
        finally
        {
            ReturnReader(reader);
        }

        return items;
    }

    private SqliteStateReader RentReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _readers.TryTake(out var reader) ? reader : SqliteStateReader.Open(_connectionString, SqliteStateSchema.BusyTimeoutMilliseconds);
    }

    private void ReturnReader(SqliteStateReader reader)
    {
        _readers.Add(reader);
        if (_disposed && _readers.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    /// <inheritdoc />
    /// <remarks>One queued operation of the group commit: committed with other turns' writes, its keys in one transaction.</remarks>
    private protected override Task<IReadOnlyList<string>> CommitAsync(List<PendingStateWrite> writes, IReadOnlyList<string> result, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        EnsureInitialized();
        return _commits.SubmitAsync(writes, result);
    }

    // A state dictionary in the form the bot writes is read by the state codec, its values parsed only when used; the
    // stored bytes stay the state's baseline (a save compares its new body with them as UTF-8).
    private StoredBotState ReadState(string key, byte[] document, string eTag)
    {
        try
        {
            return StoredBotState.FromDocument(key, document, eTag, eTag, text => Deserialize(key, text));
        }
        catch (StorageReadException ex) when (ex.InnerException is not null && ex.Key == key)
        {
            LogUnreadableItem(key, ex.InnerException.GetType().Name);
            throw;
        }
    }

    // The shared reader of the stores' JSON, with the unreadable item logged by the kind of failure.
    private object? Deserialize(string key, string document)
    {
        try
        {
            return DeserializeStored(key, document);
        }
        catch (StorageReadException ex) when (ex.InnerException is not null && ex.Key == key)
        {
            LogUnreadableItem(key, ex.InnerException.GetType().Name);
            throw;
        }
    }

    private void EnsureInitialized()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_initialized)
        {
            return;
        }

        lock (_initializeLock)
        {
            if (_initialized)
            {
                return;
            }

            SqliteStateSchema.Ensure(DatabasePath, _connectionString);
            _initialized = true;
            LogOpened(DatabasePath);
        }
    }

    [LoggerMessage(EventId = LogEventIds.SqliteOpened, Level = LogLevel.Information, Message = "Bot state store ready at {DatabasePath}")]
    private partial void LogOpened(string databasePath);

    [LoggerMessage(EventId = LogEventIds.SqliteETagConflict, Level = LogLevel.Warning, Message = "Refused a stale write to stored item {StorageKey} (ETag mismatch)")]
    private partial void LogETagConflict(string storageKey);

    [LoggerMessage(EventId = LogEventIds.SqliteUnreadableItem, Level = LogLevel.Error, Message = "Stored item {StorageKey} could not be read ({ErrorType})")]
    private partial void LogUnreadableItem(string storageKey, string errorType);
}
