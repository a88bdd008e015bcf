using Newtonsoft.Json;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// One running dialog on the stack. Everything in it is saved as plain JSON so that it survives any storage provider;
/// read values back with <see cref="GetValue{T}"/> to get typed objects again.
/// </summary>
/// <remarks>
/// An instance loaded from the store keeps its state as the stored JSON until <see cref="State"/> is first asked for
/// (the dialogs below the active one are often not asked at all), and remembers its id and version as loaded, so the
/// stack it sits in can tell when nothing about it changed this turn (<see cref="IsUnchanged"/>).
/// </remarks>
public sealed class DialogInstance
{
    private DialogValueMap? _state;

    // Set only for an instance read from the store: its state's JSON (empty when stored without one) and its id and
    // version as read.
    private ReadOnlyMemory<byte> _storedState;
    private string? _storedId;
    private int _storedVersion;

    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's <see cref="Dialog.Version"/> when this instance began.</summary>
    [JsonProperty("version")]
    public int Version { get; set; }

    /// <summary>The dialog's own state.</summary>
    [JsonProperty("state")]
    public DialogValueMap State
    {
        get => _state ??= _storedState.IsEmpty ? new DialogValueMap() : DialogValueJson.ReadMap(_storedState);
        set => _state = value;
    }

    /// <summary>The state's stored JSON while <see cref="State"/> has not been asked for; empty otherwise (or when none was stored).</summary>
    internal ReadOnlyMemory<byte> UnreadStoredState => _state is null ? _storedState : default;

    /// <summary>
    /// True for an instance read from the store whose id and version are as read and whose state was not asked for, or
    /// is the map read and unchanged (<see cref="DialogValueMap.IsUnchanged"/>).
    /// </summary>
    internal bool IsUnchanged =>
        _storedId is not null
        && string.Equals(Id, _storedId, StringComparison.Ordinal)
        && Version == _storedVersion
        && (_state is null ? !_storedState.IsEmpty : _state.IsUnchanged);

    /// <summary>Reads a state value as <typeparamref name="T"/>; default when absent.</summary>
    public T? GetValue<T>(string key) => State.Get<T>(key);

    /// <summary>Stores a value (written as JSON when the state is saved); a null value removes the key.</summary>
    public void SetValue<T>(string key, T? value) => State.Set(key, value);

    public override string ToString() => $"{Id} v{Version}";

    /// <summary>An instance as read from the store; <paramref name="state"/> is its state object's JSON (empty when none was stored) and must not change.</summary>
    internal static DialogInstance Stored(string id, int version, ReadOnlyMemory<byte> state) => new()
    {
        Id = id,
        Version = version,
        _storedState = state,
        _storedId = id,
        _storedVersion = version,
    };
}
