namespace CrossBorderBot.Storage;

/// <summary>
/// Documents by key, each with its ETag, held outside the garbage-collected heap (<see cref="NativeDocument"/>) in
/// least-recently-used order with a count of their bytes, so an owner can keep them within a budget. Not thread-safe:
/// its owner (<see cref="BoundedMemoryStorage"/>, <see cref="SqliteReadCache"/>) calls it under its own lock.
/// </summary>
internal sealed class NativeDocumentTable
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);

    // Most recently used first; eviction takes from the end.
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>The bytes counted for the documents held: their UTF-8 JSON, keys, ETags and per-entry bookkeeping.</summary>
    public long Bytes { get; private set; }

    public int Count => _entries.Count;

    /// <summary>
    /// A managed copy of the key's document and its ETag, marking it used; the copy belongs to the caller alone, so
    /// nothing it holds points into memory this table frees later.
    /// </summary>
    public bool TryCopy(string key, out byte[] document, out string eTag)
    {
        if (!_entries.TryGetValue(key, out var node))
        {
            document = [];
            eTag = string.Empty;
            return false;
        }

        Touch(node);
        document = node.Value.Document.ToArray();
        eTag = node.Value.ETag;
        return true;
    }

    /// <summary>The ETag of the key's document, or null when none is held (does not count as a use).</summary>
    public string? ETagOf(string key) => _entries.TryGetValue(key, out var node) ? node.Value.ETag : null;

    /// <summary>Holds a native copy of <paramref name="document"/> for the key, in place of any earlier one, as the most recently used.</summary>
    public void Put(string key, byte[] document, string eTag)
    {
        Remove(key);
        var entry = new Entry(key, NativeDocument.Copy(document), eTag);
        _entries[key] = _recency.AddFirst(entry);
        Bytes += entry.CountedBytes;
    }

    public void Remove(string key)
    {
        if (_entries.Remove(key, out var node))
        {
            _recency.Remove(node);
            Bytes -= node.Value.CountedBytes;
            node.Value.Document.Dispose();
        }
    }

    /// <summary>Drops the least recently used documents until at most <paramref name="maxBytes"/> are held (always keeping the latest one); returns how many were dropped.</summary>
    public int EvictBeyond(long maxBytes)
    {
        var evicted = 0;
        while (Bytes > maxBytes && _recency.Last is { } oldest && oldest != _recency.First)
        {
            Remove(oldest.Value.Key);
            evicted++;
        }

        return evicted;
    }

    public void Clear()
    {
        foreach (var entry in _recency)
        {
            entry.Document.Dispose();
        }

        _entries.Clear();
        _recency.Clear();
        Bytes = 0;
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        if (node != _recency.First)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }
    }

    private sealed record Entry(string Key, NativeDocument Document, string ETag)
    {
        // The managed objects around the JSON (this record, its list node, the dictionary entry, the handle, key and
        // ETag strings), so a budget of small documents is not exceeded several times over by their bookkeeping.
        private const int BookkeepingBytes = 200;

        public long CountedBytes { get; } = Document.Length + BookkeepingBytes + 2L * (Key.Length + ETag.Length);
    }
}
