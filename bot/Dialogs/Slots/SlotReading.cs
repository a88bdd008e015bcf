namespace CrossBorderBot.Dialogs.Slots;

/// <summary>A value read for a slot: which value, where it was found, and whether it is the slot's default ("don't know").</summary>
public sealed record SlotReading(string Value, int Start, bool IsDefault = false);
