namespace CrossBorderBot.Dialogs;

/// <summary>
/// A dialog instance's state, or a waterfall's values: named values in the order first set, kept as they are until the
/// state is saved. A value loaded from the store stays the stored JSON until a dialog asks for it (and is written back
/// byte for byte when it never changes); a value a dialog sets is kept as the object given and written once, when the
/// state is saved. No JSON tree is built on the way: a turn reads only what it asks for.
/// </summary>
/// <remarks>
/// A value set is kept as the object given (not a copy), so change a value only by setting it again; the values read
/// back from the store are fresh objects on every read. The JSON written is the one Json.NET's state serializer gave the
/// same values (see <see cref="DialogValueJson"/>), so state saved by earlier versions loads as before.
///
/// A map read from the store also keeps that JSON, and notes any change made to it, so that a map nothing changed is
/// written back as its stored bytes (<see cref="IsUnchanged"/>) instead of value by value.
/// </remarks>
[Newtonsoft.Json.JsonConverter(typeof(DialogValueMapJsonNetConverter))]
public sealed class DialogValueMap
{
    private readonly List<KeyValuePair<string, object?>> _entries;

    // The JSON this map was read from (empty for a map made this turn), and whether a value was set or removed since.
    private ReadOnlyMemory<byte> _stored;
    private bool _changed;

    public DialogValueMap()
        : this(capacity: 4)
    {
    }

    internal DialogValueMap(int capacity) => _entries = new List<KeyValuePair<string, object?>>(capacity);

    /// <summary>How many values (null ones included) the map holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The names of the values, in their stored order.</summary>
    public IEnumerable<string> Keys => _entries.Select(entry => entry.Key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Reads a value as <typeparamref name="T"/>; default when absent or null.</summary>
    public T? Get<T>(string key) => DialogValueConverter.Convert<T>(this[key]);

    /// <summary>Reads a value as <typeparamref name="T"/>; false when absent or null.</summary>
    public bool TryGet<T>(string key, out T? value)
    {
        var stored = this[key];
        if (stored is null || stored is DialogJsonValue { IsNull: true })
        {
            value = default;
            return false;
        }

        value = DialogValueConverter.Convert<T>(stored);
        return true;
    }

    /// <summary>Stores a value (kept as given, written as JSON when the state is saved); a null value removes the key.</summary>
    public void Set<T>(string key, T? value)
    {
        if (value is null)
        {
            Remove(key);
        }
        else
        {
            this[key] = value;
        }
    }

    public bool Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            return false;
        }

        _entries.RemoveAt(index);
        _changed = true;
        return true;
    }

    /// <summary>The value as kept (stored JSON, an object set, a nested map…); null when absent. Setting keeps the key's place.</summary>
    internal object? this[string key]
    {
        get
        {
            var index = IndexOf(key);
            return index < 0 ? null : _entries[index].Value;
        }

        set
        {
            _changed = true;
            Put(key, value);
        }
    }

    /// <summary>The JSON this map was read from, when it would still be written as exactly that; empty otherwise.</summary>
    internal ReadOnlyMemory<byte> UnchangedStoredJson => IsUnchanged ? _stored : default;

    /// <summary>
    /// True for a map read from the store in which no value was set or removed, and whose values are each still their
    /// stored JSON or an object read from it (a nested map, an inner stack, a waterfall's history) that is itself
    /// unchanged. Any other object may have been changed in place, so a map holding one counts as changed.
    /// </summary>
    internal bool IsUnchanged
    {
        get
        {
            if (_stored.IsEmpty || _changed)
            {
                return false;
            }

            foreach (var (_, value) in _entries)
            {
                var unchanged = value switch
                {
                    DialogJsonValue => true,
                    DialogValueMap map => map.IsUnchanged,
                    DialogState stack => stack.IsUnchanged,
                    WaterfallHistory history => history.IsUnchanged,
                    _ => false,
                };
                if (!unchanged)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The values as kept, in order.</summary>
    internal IReadOnlyList<KeyValuePair<string, object?>> Entries => _entries;

    /// <summary>The nested map under <paramref name="key"/>, read from its stored JSON on first use; created empty when absent or not an object.</summary>
    internal DialogValueMap MapAt(string key) =>
        KeptAt(key, stored => stored.IsObject ? DialogValueJson.ReadMap(stored.Utf8) : null);

    /// <summary>A component's inner stack under <paramref name="key"/>, read from its stored JSON on first use and kept as objects; created empty when absent.</summary>
    internal DialogState StackAt(string key) =>
        KeptAt(key, stored => DialogValueJson.ReadStack(stored.Utf8));

    /// <summary>
    /// The object kept under <paramref name="key"/>: as it is when already one, else read from its stored JSON
    /// (<paramref name="read"/> returns null for JSON it does not take) or created empty, and kept in its place.
    /// </summary>
    internal T KeptAt<T>(string key, Func<DialogJsonValue, T?> read)
        where T : class, new()
    {
        var current = this[key];
        if (current is T kept)
        {
            return kept;
        }

        if ((current is DialogJsonValue stored ? read(stored) : null) is { } fromStored)
        {
            // The stored JSON as an object: the map is unchanged by this until the object is.
            Put(key, fromStored);
            return fromStored;
        }

        var created = new T();
        this[key] = created;
        return created;
    }

    /// <summary>Marks this map, just read from <paramref name="utf8"/> with nothing changed yet, as that stored JSON (see <see cref="IsUnchanged"/>).</summary>
    internal void MarkStored(ReadOnlyMemory<byte> utf8)
    {
        _stored = utf8;
        _changed = false;
    }

    /// <summary>
    /// A copy that later changes to this map do not reach (nested maps are copied; stored JSON and objects set are shared,
    /// as they are never changed in place).
    /// </summary>
    internal DialogValueMap Snapshot()
    {
        var copy = new DialogValueMap(_entries.Count);
        foreach (var (key, value) in _entries)
        {
            copy._entries.Add(new(key, value is DialogValueMap map ? map.Snapshot() : value));
        }

        return copy;
    }

    /// <summary>The map's JSON, as saved (for logs and tests).</summary>
    public override string ToString() => DialogValueJson.ToJsonString(this);

    private void Put(string key, object? value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            _entries.Add(new(key, value));
        }
        else
        {
            _entries[index] = new(key, value);
        }
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
