using Newtonsoft.Json;

namespace CrossBorderBot.Dialogs;

/// <summary>The persisted dialog stack: index 0 is the outermost dialog, the last item the active one.</summary>
public sealed class DialogState
{
    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; } = [];
}
