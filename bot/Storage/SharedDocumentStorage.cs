namespace CrossBorderBot.Storage;

/// <summary>
/// What the stores that several bot instances share (<see cref="PostgresStorage"/>, <see cref="AzureBlobStorage"/>)
/// do alike: keep each key as one JSON document written by <see cref="StoredDocumentCodec"/>, with an ETag the store
/// issues; prepare the store once on first use; give callers the issued ETag only after the write succeeded; log a
/// damaged item by key before passing the failure on; and refuse a stale write one way (logged by key, then a
/// <see cref="StorageConcurrencyException"/>). A provider supplies only how it reads, writes and deletes documents,
/// and its own log event ids for those two messages, which are a contract of the logs.
/// </summary>
public abstract class SharedDocumentStorage : IStorage, IExclusiveCreateStorage, IBotStateDocumentStore
{
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly ILogger _logger;

    // The two messages every shared store writes alike. [LoggerMessage] takes an event id only as a constant, so the
    // messages are defined here, once, with the id each provider passes (the event names are those the providers'
    // own [LoggerMessage] methods gave them before).
    private readonly Action<ILogger, string, Exception?> _logStaleWrite;
    private readonly Action<ILogger, string, string, Exception?> _logUnreadableItem;
    private volatile bool _initialized;

    /// <param name="logger">Receives the provider's messages (keys only, never content).</param>
    /// <param name="staleWriteEventId">The provider's event id (from <see cref="LogEventIds"/>) for a refused stale write.</param>
    /// <param name="unreadableItemEventId">The provider's event id for an item that could not be read.</param>
    private protected SharedDocumentStorage(ILogger logger, int staleWriteEventId, int unreadableItemEventId)
    {
        _logger = logger;
        _logStaleWrite = LoggerMessage.Define<string>(
            LogLevel.Information, new EventId(staleWriteEventId, "LogETagConflict"), "Refused a stale write to state key {Key} (ETag conflict)");
        _logUnreadableItem = LoggerMessage.Define<string, string>(
            LogLevel.Warning, new EventId(unreadableItemEventId, "LogUnreadableItem"), "Stored state under key {Key} could not be read ({ErrorType})");
    }

    private protected StoredDocumentCodec Codec { get; } = new();

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageKeys.Distinct(keys);
        var items = new Dictionary<string, object>(wanted.Length, StringComparer.Ordinal);
        if (wanted.Length == 0)
        {
            return items;
        }

        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        foreach (var stored in await ReadDocumentsAsync(wanted, cancellationToken).ConfigureAwait(false))
        {
            if (Decode(stored.Key, () => Codec.Decode(stored.Key, stored.Json, stored.ETag)) is { } value)
            {
                items[stored.Key] = value;
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

        var deletes = changes.Where(c => c.Value is null).Select(c => c.Key).ToArray();
        var writes = changes.Where(c => c.Value is not null).Select(c => Codec.Encode(c.Key, c.Value)).ToList();
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        await WriteDocumentsAsync(writes, deletes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredBotState?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadStateDocumentAsync(key, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        return Decode(key, () => stored.Utf8 is { } utf8
            ? StoredBotState.FromDocument(key, utf8, StoredDocumentCodec.ETagMarker, stored.ETag, text => Codec.Decode(key, text, stored.ETag))

            // Text of an older form whose body is unknown: the first save writes the state again.
            : new StoredBotState(Codec.Decode(key, stored.OlderFormText!, stored.ETag), body: (string?)null, stored.ETag));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> WriteStateAsync(IReadOnlyList<BotStateWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        // The body with the empty ETag marker StoredDocumentCodec gives every state dictionary, so both paths read it.
        var documents = writes.Select(write => new DocumentWrite(write.Key, BotStateJson.AppendETag(write.Body, StoredDocumentCodec.ETagMarker), write.ExpectedETag is "*" ? null : write.ExpectedETag)).ToList();
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return await WriteStateDocumentsAsync(documents, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> TryCreateAsync(string key, object value, CancellationToken cancellationToken)
    {
        var document = Codec.Encode(key, value);
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        if (await TryCreateDocumentAsync(document.Key, document.Json, cancellationToken).ConfigureAwait(false) is not { } eTag)
        {
            return false;
        }

        StoredDocumentCodec.StampWrittenValue(document, eTag);
        return true;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageKeys.Distinct(keys);
        if (doomed.Length == 0)
        {
            return;
        }

        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        await DeleteDocumentsAsync(doomed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes what the store keeps (tests use a place of their own and clean up with this).</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        await DropStoreAsync(cancellationToken).ConfigureAwait(false);
        _initialized = false;
    }

    /// <summary>Creates the container or table when missing; called once, before the first read or write.</summary>
    private protected abstract Task InitializeAsync(CancellationToken cancellationToken);

    private protected abstract Task DropStoreAsync(CancellationToken cancellationToken);

    /// <summary>The stored documents of the keys that exist, in any order.</summary>
    private protected abstract Task<IEnumerable<StoredText>> ReadDocumentsAsync(string[] keys, CancellationToken cancellationToken);

    /// <summary>Writes and deletes; gives each written value its new ETag (<see cref="StoredDocumentCodec.StampWrittenValue"/>) once it is stored.</summary>
    private protected abstract Task WriteDocumentsAsync(IReadOnlyList<StoredDocument> writes, string[] deletes, CancellationToken cancellationToken);

    private protected abstract Task<StoredStateText?> ReadStateDocumentAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes a turn's state documents and returns their new ETags in order.</summary>
    private protected abstract Task<IReadOnlyList<string>> WriteStateDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken);

    /// <summary>Stores the document only if the key is not stored yet; its new ETag, or null when it was there.</summary>
    private protected abstract Task<string?> TryCreateDocumentAsync(string key, string json, CancellationToken cancellationToken);

    private protected abstract Task DeleteDocumentsAsync(string[] keys, CancellationToken cancellationToken);

    /// <summary>A write refused because the item changed since it was read: logged by key; the caller throws what this gives.</summary>
    private protected StorageConcurrencyException RefuseStaleWrite(string key, Exception? cause = null)
    {
        _logStaleWrite(_logger, key, null);
        return new StorageConcurrencyException(key, cause);
    }

    private T Decode<T>(string key, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (StorageReadException ex)
        {
            _logUnreadableItem(_logger, key, ex.InnerException?.GetType().Name ?? ex.GetType().Name, null);
            throw;
        }
    }

    private async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initializeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await InitializeAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    /// <summary>One document to write: its key, its JSON text and the ETag it must still have (null: overwrite).</summary>
    private protected sealed record DocumentWrite(string Key, string Json, string? ExpectedETag);

    /// <summary>One stored document as text, with the ETag the store gave it.</summary>
    private protected sealed record StoredText(string Key, string Json, string ETag);

    /// <summary>
    /// A state document as stored: its UTF-8 text as written (<paramref name="Utf8"/>), or, for a document of an older
    /// form whose written text is unknown, the text the store gives back (<paramref name="OlderFormText"/>).
    /// </summary>
    private protected sealed record StoredStateText(ReadOnlyMemory<byte>? Utf8, string? OlderFormText, string ETag);
}
