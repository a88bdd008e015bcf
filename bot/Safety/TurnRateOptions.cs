namespace CrossBorderBot.Safety;

/// <summary>Settings of the per-user turn limit (section <c>Safety</c>).</summary>
public sealed class TurnRateOptions
{
    public const string SectionName = "Safety";

    /// <summary>Messages one user may send per minute on one channel before the bot stops answering for the rest of the minute.</summary>
    public int MaxTurnsPerUserPerMinute { get; set; } = 60;
}
