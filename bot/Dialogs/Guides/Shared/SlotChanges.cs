namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What a message changed in a guide's answers, as the user is told it.</summary>
/// <param name="Noted">Answers given for the first time ("B2C", "1,000 USD a month").</param>
/// <param name="Changed">Answers replaced ("weight: 2 kg → 3 kg").</param>
/// <param name="Defaults">Defaults used because the user did not know ("standard speed").</param>
/// <param name="OnlyTheWaitingQuestion">True when the message just answered the question that was asked.</param>
/// <param name="Kept">Answers said again as the guide already has them ("slow is fine" after "cheapest").</param>
public sealed record SlotChanges(IReadOnlyList<string> Noted, IReadOnlyList<string> Changed, IReadOnlyList<string> Defaults, bool OnlyTheWaitingQuestion, IReadOnlyList<string>? Kept = null)
{
    public static SlotChanges None { get; } = new([], [], [], false);

    public bool IsEmpty => Noted.Count == 0 && Changed.Count == 0 && Defaults.Count == 0;
}
