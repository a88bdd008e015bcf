using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CrossBorderBot.Storage;

/// <summary>
/// A state scope's property dictionary as loaded from the store, each value still in its stored JSON until a turn
/// asks for it. A turn reads only what it uses (the saved plans in user state, say, are parsed only when a plan is
/// shown), a value never asked for is written back byte for byte, and a state of which nothing was asked for or
/// changed is known to be unchanged without serializing anything.
/// </summary>
internal sealed class StateDictionary : IDictionary<string, object>
{
    private readonly Dictionary<string, Entry> _entries;
    private readonly string _storageKey;

    public StateDictionary(string storageKey, int capacity)
    {
        _storageKey = storageKey;
        _entries = new Dictionary<string, Entry>(capacity, StringComparer.Ordinal);
    }

    /// <summary>True while no value has been read, replaced, added or removed since the state was loaded.</summary>
    public bool IsUntouched { get; private set; } = true;

    public int Count => _entries.Count;

    public bool IsReadOnly => false;

    public ICollection<string> Keys => _entries.Keys;

    public ICollection<object> Values => this.Select(entry => entry.Value).ToList();

    public object this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No state property '{key}'.");
        set
        {
            IsUntouched = false;
            _entries[key] = new Entry(value, default);
        }
    }

    /// <summary>Adds a value as stored JSON, read only when asked for (while loading).</summary>
    public void AddStored(string key, ReadOnlyMemory<byte> json) => _entries[key] = new Entry(null, json);

    public void Add(string key, object value)
    {
        IsUntouched = false;
        _entries.Add(key, new Entry(value, default));
    }

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool Remove(string key)
    {
        IsUntouched = false;
        return _entries.Remove(key);
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            value = null;
            return false;
        }

        value = Materialize(key, entry)!;
        return true;
    }

    /// <summary>Writes each value: untouched ones as the JSON they were stored as, the others through the codecs.</summary>
    public void WriteValues(System.Text.Json.Utf8JsonWriter writer)
    {
        foreach (var (key, entry) in _entries)
        {
            if (string.Equals(key, BotStateJson.ETagProperty, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            writer.WritePropertyName(key);
            if (entry.IsStored)
            {
                writer.WriteRawValue(entry.Stored.Span, skipInputValidation: true);
            }
            else
            {
                StateValueCodecs.Write(writer, entry.Value);
            }
        }
    }

    public void Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

    public void Clear()
    {
        IsUntouched = false;
        _entries.Clear();
    }

    public bool Contains(KeyValuePair<string, object> item) => TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    public void CopyTo(KeyValuePair<string, object>[] array, int arrayIndex)
    {
        foreach (var item in this)
        {
            array[arrayIndex++] = item;
        }
    }

    public bool Remove(KeyValuePair<string, object> item) => Contains(item) && Remove(item.Key);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        foreach (var key in _entries.Keys.ToList())
        {
            yield return new KeyValuePair<string, object>(key, Materialize(key, _entries[key])!);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private object? Materialize(string key, Entry entry)
    {
        if (!entry.IsStored)
        {
            return entry.Value;
        }

        // Handed out values may be changed in place, so from now on this one is written from the object.
        IsUntouched = false;
        object? value;
        try
        {
            value = StateValueCodecs.Read(entry.Stored);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StorageReadException(_storageKey, ex);
        }

        _entries[key] = new Entry(value, default);
        return value;
    }

    private readonly record struct Entry(object? Value, ReadOnlyMemory<byte> Stored)
    {
        public bool IsStored => !Stored.IsEmpty;
    }
}
