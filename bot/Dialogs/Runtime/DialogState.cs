using Newtonsoft.Json;

namespace CrossBorderBot.Dialogs;

/// <summary>The persisted dialog stack: index 0 is the outermost dialog, the last item the active one.</summary>
public sealed class DialogState
{
    // The instances as read from the store, in order; null for a stack made this turn.
    private DialogInstance[]? _storedInstances;

    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>
    /// True for a stack read from the store that holds the same instances in the same order, each unchanged
    /// (<see cref="DialogInstance.IsUnchanged"/>): its stored JSON is then what it would be written as.
    /// </summary>
    internal bool IsUnchanged
    {
        get
        {
            if (_storedInstances is null || DialogStack is not { } stack || stack.Count != _storedInstances.Length)
            {
                return false;
            }

            for (var i = 0; i < stack.Count; i++)
            {
                if (!ReferenceEquals(stack[i], _storedInstances[i]) || !stack[i].IsUnchanged)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Remembers the instances just read from the store (see <see cref="IsUnchanged"/>).</summary>
    internal void MarkStored() => _storedInstances = [.. DialogStack];
}
