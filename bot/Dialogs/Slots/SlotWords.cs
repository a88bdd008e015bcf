namespace CrossBorderBot.Dialogs.Slots;

/// <summary>One slot's vocabulary: its values with their words, and the value used when the user does not know.</summary>
public sealed class SlotWords
{
    public Dictionary<string, SlotValueWords> Values { get; set; } = [];

    /// <summary>Used (and said) when the user does not know; null when the slot has no sensible default.</summary>
    public string? Default { get; set; }
}
