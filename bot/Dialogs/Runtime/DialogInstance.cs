using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// One running dialog on the stack. Everything in it is plain JSON so that it survives any storage provider;
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
    public JObject State { get; set; } = new();

    /// <summary>
    /// A component dialog's inner stack while a turn runs. Kept as objects so that every context touching the
    /// component in this turn sees the same stack; written back to <see cref="State"/> after each call.
    /// </summary>
    [JsonIgnore]
    internal DialogState? InnerStack { get; set; }

    /// <summary>Reads a state value as <typeparamref name="T"/>; default when absent.</summary>
    public T? GetValue<T>(string key) => DialogJson.Get<T>(State, key);

    /// <summary>Stores a value as JSON; a null value removes the key.</summary>
    public void SetValue<T>(string key, T? value) => DialogJson.Set(State, key, value);

    public override string ToString() => $"{Id} v{Version}";
}
