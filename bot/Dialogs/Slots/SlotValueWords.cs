namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The words for one value of a slot: <see cref="Anywhere"/> in any message, <see cref="Answers"/> only as the reply to its question.</summary>
public sealed class SlotValueWords
{
    public List<string> Anywhere { get; set; } = [];

    public List<string> Answers { get; set; } = [];
}
