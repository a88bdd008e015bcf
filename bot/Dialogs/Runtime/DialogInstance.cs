using Newtonsoft.Json;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// One running dialog on the stack. Everything in it is saved as plain JSON so that it survives any storage provider;
/// read values back with <see cref="GetValue{T}"/> to get typed objects again.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's <see cref="Dialog.Version"/> when this instance began.</summary>
    [JsonProperty("version")]
    public int Version { get; set; }

    /// <summary>The dialog's own state.</summary>
    [JsonProperty("state")]
    public DialogValueMap State { get; set; } = new();

    /// <summary>Reads a state value as <typeparamref name="T"/>; default when absent.</summary>
    public T? GetValue<T>(string key) => State.Get<T>(key);

    /// <summary>Stores a value (written as JSON when the state is saved); a null value removes the key.</summary>
    public void SetValue<T>(string key, T? value) => State.Set(key, value);

    public override string ToString() => $"{Id} v{Version}";
}
