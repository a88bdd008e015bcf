using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>Typed access to a JSON object of values kept in dialog state (a waterfall's answers so far).</summary>
public sealed class DialogValues
{
    private readonly JObject _values;

    internal DialogValues(JObject values) => _values = values;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public T? Get<T>(string key) => DialogJson.Get<T>(_values, key);

    public bool TryGet<T>(string key, out T? value)
    {
        if (_values.TryGetValue(key, out var token) && token.Type != JTokenType.Null)
        {
            value = DialogJson.FromToken<T>(token);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Stores a value as JSON; a null value removes the key.</summary>
    public void Set<T>(string key, T? value) => DialogJson.Set(_values, key, value);

    public bool Remove(string key) => _values.Remove(key);
}
