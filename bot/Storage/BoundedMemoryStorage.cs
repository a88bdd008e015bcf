using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;

namespace CrossBorderBot.Storage;

/// <summary>
/// The in-process store behind <c>Storage:Provider=Memory</c>: the same JSON, ETag and all-or-nothing rules as
/// <see cref="SqliteStorage"/> (so switching provider changes durability only), kept compact and bounded.
/// </summary>
/// <remarks>
/// Items are held as UTF-8 JSON (a few KB per conversation) rather than as object trees, and the store keeps at most
/// <see cref="MaxBytes"/> of them, counting each item's key, ETag and bookkeeping as well as its JSON: past that, the
/// items read or written longest ago are dropped. A conversation idle long enough to be dropped starts afresh on its
/// next message, as after a restart, which is what this provider already promises; the SDK's <c>MemoryStorage</c>
/// instead grows without limit (hundreds of MB after some thousands of conversations). State is lost when the process
/// stops.
/// <para>
/// The JSON lives outside the garbage-collected heap (<see cref="NativeDocument"/>), freed the moment an item is
/// replaced or dropped. As managed arrays, every turn's new document was promoted to the oldest generation (it lives
/// until the conversation's next turn) and the one it replaced became garbage there, so the oldest generation filled
/// with dead documents between full collections and the process's memory grew to several times the budget. A read
/// copies the item into a short-lived array the turn parses, so nothing a turn holds points into freed memory.
/// </para>
/// </remarks>
public sealed partial class BoundedMemoryStorage : PendingWriteStorage
{
    /// <summary>
    /// The default budget (<c>Storage:MemoryMaxMegabytes</c>): thousands of conversations' state (a finished guide's is
    /// ~4 KB, a user's with ten saved plans ~55 KB). It was 48 MB, then 24; 12 keeps a bot on this provider under 200 MiB
    /// of RSS after 20,000 conversations (at 24 it peaked at 203 MiB with every other cut of that pass), the state's
    /// JSON, held outside the GC heap, being the provider's one large cost.
    /// </summary>
    public const long DefaultMaxBytes = StorageOptions.DefaultMemoryMaxMegabytes * 1024L * 1024;

    private readonly Dictionary<string, LinkedListNode<StoredItem>> _items = new(StringComparer.Ordinal);

    // Most recently used first; eviction takes from the end.
    private readonly LinkedList<StoredItem> _recency = new();
    private readonly Lock _lock = new();
    private readonly ILogger<BoundedMemoryStorage> _logger;
    private long _bytes;
    private long _evicted;

    /// <summary>Creates an empty store.</summary>
    /// <param name="logger">Receives conflict and eviction messages (keys and counts only, never content).</param>
    /// <param name="maxBytes">How many bytes of JSON to keep before dropping the least recently used items.</param>
    public BoundedMemoryStorage(ILogger<BoundedMemoryStorage>? logger = null, long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _logger = logger ?? NullLogger<BoundedMemoryStorage>.Instance;
        MaxBytes = maxBytes;
    }

    /// <summary>The most bytes the store keeps: items' UTF-8 JSON, keys, ETags and per-item bookkeeping.</summary>
    public long MaxBytes { get; }

    /// <summary>The bytes counted against <see cref="MaxBytes"/> now.</summary>
    public long CountedBytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>How many items are stored now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <inheritdoc />
    public override Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var documents = new List<(string Key, byte[] Document)>(keys.Length);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (key is not null && _items.TryGetValue(key, out var node))
                {
                    Touch(node);
                    documents.Add((key, node.Value.Document.ToArray()));
                }
            }
        }

        var items = new Dictionary<string, object>(documents.Count, StringComparer.Ordinal);
        foreach (var (key, document) in documents)
        {
            if (Deserialize(key, document) is { } value)
            {
                items[key] = value;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(items);
    }

    /// <inheritdoc />
    public override Task<StoredBotState?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[] document;
        string eTag;
        lock (_lock)
        {
            if (!_items.TryGetValue(key, out var node))
            {
                return Task.FromResult<StoredBotState?>(null);
            }

            Touch(node);
            document = node.Value.Document.ToArray();
            eTag = node.Value.ETag;
        }

        try
        {
            // The copy belongs to this turn alone, so the state's values can stay slices of it.
            return Task.FromResult<StoredBotState?>(StoredBotState.FromDocument(key, document, eTag, eTag, text => DeserializeStored(key, text)));
        }
        catch (Exception ex)
        {
            return Task.FromException<StoredBotState?>(ex);
        }
    }

    /// <inheritdoc />
    public override Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (key is not null)
                {
                    Remove(key);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>Applied in memory at once, so the task is complete when returned; a refused write throws (the caller's frame hands it over in the task).</remarks>
    private protected override Task<IReadOnlyList<string>> CommitAsync(List<PendingStateWrite> writes, IReadOnlyList<string> result, CancellationToken cancellationToken)
    {
        Apply(writes);
        foreach (var write in writes)
        {
            write.StampCallerValue();
        }

        return Task.FromResult(result);
    }

    // Every check before any change, so a refused write of several keys changes none of them.
    private void Apply(List<PendingStateWrite> writes)
    {
        lock (_lock)
        {
            foreach (var write in writes)
            {
                if (write.IsConditional && _items.TryGetValue(write.Key, out var stored)
                    && !string.Equals(write.ExpectedETag, stored.Value.ETag, StringComparison.Ordinal))
                {
                    LogETagConflict(write.Key);
                    throw new StorageConcurrencyException(write.Key);
                }
            }

            foreach (var write in writes)
            {
                Remove(write.Key);
                if (write.Document is { } bytes)
                {
                    var item = new StoredItem(write.Key, NativeDocument.Copy(bytes), write.NewETag!);
                    _items[write.Key] = _recency.AddFirst(item);
                    _bytes += item.CountedBytes;
                }
            }

            EvictBeyondBudget();
        }
    }

    private void Touch(LinkedListNode<StoredItem> node)
    {
        if (node != _recency.First)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }
    }

    private void Remove(string key)
    {
        if (_items.Remove(key, out var node))
        {
            _recency.Remove(node);
            _bytes -= node.Value.CountedBytes;
            node.Value.Document.Dispose();
        }
    }

    private void EvictBeyondBudget()
    {
        var evictedNow = 0;
        while (_bytes > MaxBytes && _recency.Last is { } oldest && oldest != _recency.First)
        {
            Remove(oldest.Value.Key);
            evictedNow++;
        }

        if (evictedNow > 0 && (_evicted += evictedNow) % 1000 < evictedNow)
        {
            // Once per thousand, so a store at its budget does not log on every turn.
            LogEvicted(_evicted, _items.Count);
        }
    }

    private object? Deserialize(string key, byte[] document)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(document), Encoding.UTF8));
            return Serializer.Deserialize<object>(reader);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StorageReadException(key, ex);
        }
    }


    [LoggerMessage(EventId = LogEventIds.MemoryStorageETagConflict, Level = LogLevel.Warning, Message = "Refused a stale write to stored item {StorageKey} (ETag mismatch)")]
    private partial void LogETagConflict(string storageKey);

    [LoggerMessage(EventId = LogEventIds.MemoryStorageEvicted, Level = LogLevel.Information, Message = "Memory storage at its budget: {EvictedTotal} least recently used items dropped so far, {ItemCount} kept")]
    private partial void LogEvicted(long evictedTotal, int itemCount);

    private sealed record StoredItem(string Key, NativeDocument Document, string ETag)
    {
        // The managed objects around the JSON (this record, its list node, the dictionary entry, the handle, key and
        // ETag strings), so a budget of small items is not exceeded several times over by their bookkeeping.
        private const int BookkeepingBytes = 200;

        public long CountedBytes { get; } = Document.Length + BookkeepingBytes + 2L * (Key.Length + ETag.Length);
    }
}
