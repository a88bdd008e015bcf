namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The words for one value of a slot: <see cref="Anywhere"/> in any message, <see cref="Answers"/> only as the reply to its question.</summary>
public sealed class SlotValueWords
{
    public List<string> Anywhere { get; set; } = [];

    public List<string> Answers { get; set; } = [];

    /// <summary>
    /// Single words that lean toward the value without placing a reply alone ("tooling", "firmware" toward one's own design;
    /// "redo", "swap" toward some differences; "大路货" toward the same as others): read only for a best guess at the slot's own
    /// question when nothing else placed the reply, beside the value's other words (<see cref="SlotWordBags"/>), said back as assumed.
    /// </summary>
    public List<string> Leans { get; set; } = [];
}
