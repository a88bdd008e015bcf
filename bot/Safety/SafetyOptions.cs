namespace CrossBorderBot.Safety;

/// <summary>Settings of the limits every door applies to incoming turns (section <c>Safety</c>).</summary>
public sealed class SafetyOptions
{
    public const string SectionName = "Safety";

    /// <summary>Messages one user may send per minute on one channel before the bot stops answering for the rest of the minute.</summary>
    public int MaxTurnsPerUserPerMinute { get; set; } = 60;

    /// <summary>
    /// The longest message (typed text, or one text in a card submit) the bot reads. A longer message gets a short
    /// note instead of a turn: no answer in a guided chat needs more, and every recognizer's work stays bounded.
    /// </summary>
    public int MaxMessageCharacters { get; set; } = 4000;
}
