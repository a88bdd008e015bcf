using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>Typed access to the values kept in dialog state (a waterfall's answers so far).</summary>
public sealed class DialogValues
{
    private readonly DialogValueMap _values;

    internal DialogValues(DialogValueMap values) => _values = values;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public T? Get<T>(string key) => _values.Get<T>(key);

    public bool TryGet<T>(string key, out T? value) => _values.TryGet(key, out value);

    /// <summary>Stores a value (kept as given: set it again to change it); a null value removes the key.</summary>
    public void Set<T>(string key, T? value) => _values.Set(key, value);

    public bool Remove(string key) => _values.Remove(key);

    /// <summary>
    /// A value set this turn as <typeparamref name="T"/> as it is; a stored one read by <paramref name="readStored"/> from its
    /// JSON (null when absent), for values whose stored shape changed over time and that a typed read alone cannot take.
    /// </summary>
    internal T ReadWith<T>(string key, Func<JToken?, T> readStored) => _values[key] switch
    {
        T typed => typed,
        null => readStored(null),
        var kept => readStored(DialogValueConverter.Convert<JToken>(kept)),
    };
}
