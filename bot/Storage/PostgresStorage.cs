using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace CrossBorderBot.Storage;

/// <summary>
/// Bot state in PostgreSQL, for several bot instances sharing one store: one row per key with the state as a
/// <c>jsonb</c> document and a version number that is the item's ETag.
/// </summary>
/// <remarks>
/// Each row also keeps the exact text it was written from (<c>document_text</c>): <c>jsonb</c> reorders object keys,
/// while the state layer (<see cref="IBotStateDocumentStore"/>) needs the text as written, to read values lazily,
/// to write untouched values back byte for byte and to tell an unchanged state by comparing text. The text is used only
/// while it still equals the document as JSON (compared by the server), so rows written before that column existed,
/// or updated meanwhile by an instance of that older version (which sets only the document), are read from the
/// <c>jsonb</c> document as before and get the text on their next write; the column is added on first use.
/// </remarks>
/// <remarks>
/// Same contract as <see cref="SqliteStorage"/>: a write whose ETag is not the stored version fails with
/// <see cref="StorageConcurrencyException"/>; <c>*</c> or no ETag overwrites; a key not yet stored is always written;
/// a write of several keys is all-or-nothing. Versions come from one sequence, so an ETag never repeats, not even
/// after a delete. Reads, writes and deletes of many keys take one round trip each. The table and its sequence are
/// created on first use, guarded by an advisory lock so instances starting together do not trip over each other.
/// </remarks>
public sealed partial class PostgresStorage : SharedDocumentStorage, IAsyncDisposable, IDisposable
{
    /// <summary>The table name used when none is configured.</summary>
    public const string DefaultTable = "bot_state";

    // Any fixed number: it only has to be the same in every instance.
    private const long SchemaLockId = 0x43424253_54415445;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresStorage> _logger;
    private readonly string _table;
    private readonly string _sequence;

    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="table">The table to keep state in; lower-case letters, digits and '_' (it is put into SQL as is).</param>
    /// <param name="logger">Receives conflict and damaged-item messages (keys only, never content).</param>
    public PostgresStorage(string connectionString, string table = DefaultTable, ILogger<PostgresStorage>? logger = null)
        : base(logger ?? NullLogger<PostgresStorage>.Instance, LogEventIds.PostgresETagConflict, LogEventIds.PostgresUnreadableItem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!IsValidTableName(table))
        {
            throw new ArgumentException($"'{table}' is not a valid table name: use lower-case letters, digits and '_', starting with a letter.", nameof(table));
        }

        _dataSource = NpgsqlDataSource.Create(connectionString);
        _table = table;
        _sequence = table + "_version";
        _logger = logger ?? NullLogger<PostgresStorage>.Instance;
    }

    /// <summary>Whether a name can be used as the state table (it is put into SQL without quoting).</summary>
    public static bool IsValidTableName(string? table) => table is not null && TableNamePattern().IsMatch(table);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private protected override async Task<IEnumerable<StoredText>> ReadDocumentsAsync(string[] keys, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT key, CASE WHEN document_text::jsonb = document THEN document_text ELSE document::text END, version FROM {_table} WHERE key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = keys, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var stored = new List<StoredText>(keys.Length);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(new StoredText(reader.GetString(0), reader.GetString(1), FormatETag(reader.GetInt64(2))));
        }

        return stored;
    }

    private protected override async Task WriteDocumentsAsync(IReadOnlyList<StoredDocument> writes, string[] deletes, CancellationToken cancellationToken)
    {
        var versions = await WriteRowsAsync(writes.Select(w => new DocumentWrite(w.Key, w.Json, w.ExpectedETag)).ToList(), deletes, cancellationToken).ConfigureAwait(false);

        // Only after the commit, so a refused write never leaves callers holding an ETag that was not stored.
        for (var i = 0; i < writes.Count; i++)
        {
            StoredDocumentCodec.StampWrittenValue(writes[i], FormatETag(versions[i]));
        }
    }

    private protected override async Task<StoredStateText?> ReadStateDocumentAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT CASE WHEN document_text::jsonb = document THEN document_text END, CASE WHEN document_text IS NULL OR document_text::jsonb <> document THEN document::text END, version FROM {_table} WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var eTag = FormatETag(reader.GetInt64(2));

        // No text: written before the text column existed, or since then by an instance of that older version (which
        // updates only the jsonb document), so jsonb's key order, read the slow way.
        return reader.IsDBNull(0)
            ? new StoredStateText(Utf8: null, reader.GetString(1), eTag)
            : new StoredStateText(Encoding.UTF8.GetBytes(reader.GetString(0)), OlderFormText: null, eTag);
    }

    private protected override async Task<IReadOnlyList<string>> WriteStateDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        var versions = await WriteRowsAsync(writes, [], cancellationToken).ConfigureAwait(false);
        return Array.ConvertAll(versions, FormatETag);
    }

    private protected override async Task<string?> TryCreateDocumentAsync(string key, string json, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"INSERT INTO {_table} (key, document, document_text, version) VALUES ($1, $2::jsonb, $2, nextval('{_sequence}')) ON CONFLICT (key) DO NOTHING RETURNING version");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = json, NpgsqlDbType = NpgsqlDbType.Text });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long created ? FormatETag(created) : null;
    }

    private protected override async Task DeleteDocumentsAsync(string[] keys, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { DeleteCommand(keys) } };
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private protected override async Task DropStoreAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"DROP TABLE IF EXISTS {_table}; DROP SEQUENCE IF EXISTS {_sequence};");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string FormatETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    // Upserts and deletes in one transaction and one round trip; the new versions in the order of the upserts. A stale
    // conditional upsert refuses the whole call (the transaction is dropped) with StorageConcurrencyException.
    private async Task<long[]> WriteRowsAsync(IReadOnlyList<DocumentWrite> writes, string[] deletes, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var write in writes)
        {
            batch.BatchCommands.Add(UpsertCommand(write));
        }

        if (deletes.Length > 0)
        {
            batch.BatchCommands.Add(DeleteCommand(deletes));
        }

        var versions = new long[writes.Count];
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < writes.Count; i++)
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    // The row exists with another version: nothing was written, and the transaction is dropped whole.
                    throw RefuseStaleWrite(writes[i].Key);
                }

                versions[i] = reader.GetInt64(0);
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return versions;
    }

    private NpgsqlBatchCommand UpsertCommand(DocumentWrite write)
    {
        // A conditional write updates only the version it read; an ETag that is not one of our versions matches none.
        var expected = write.ExpectedETag is null ? (long?)null
            : long.TryParse(write.ExpectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;

        // The text goes over once: the jsonb document is made from it on the server.
        var command = new NpgsqlBatchCommand(
            $"""
            INSERT INTO {_table} (key, document, document_text, version) VALUES ($1, $2::jsonb, $2, nextval('{_sequence}'))
            ON CONFLICT (key) DO UPDATE SET document = excluded.document, document_text = excluded.document_text, version = excluded.version, updated_at = now()
            WHERE $3::bigint IS NULL OR {_table}.version = $3::bigint
            RETURNING version
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = write.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = write.Json, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expected ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        return command;
    }

    private NpgsqlBatchCommand DeleteCommand(string[] keys)
    {
        var command = new NpgsqlBatchCommand($"DELETE FROM {_table} WHERE key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = keys, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return command;
    }

    private protected override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(
            $"""
            SELECT pg_advisory_xact_lock({SchemaLockId});
            CREATE SEQUENCE IF NOT EXISTS {_sequence};
            CREATE TABLE IF NOT EXISTS {_table} (
                key        text        PRIMARY KEY,
                document   jsonb       NOT NULL,
                version    bigint      NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now()
            );
            ALTER TABLE {_table} ADD COLUMN IF NOT EXISTS document_text text;
            """,
            connection,
            transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogSchemaReady(_table);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,50}$")]
    private static partial Regex TableNamePattern();

    [LoggerMessage(EventId = LogEventIds.PostgresSchemaReady, Level = LogLevel.Information, Message = "PostgreSQL state table {Table} is ready")]
    private partial void LogSchemaReady(string table);
}
