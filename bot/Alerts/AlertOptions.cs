namespace CrossBorderBot.Alerts;

/// <summary>Settings section <c>Alerts</c>: whether the daily rule-change check runs in this process, and when.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>False stops the daily check in this process; the admin endpoint still runs it on demand.</summary>
    public bool DailyCheck { get; set; } = true;

    /// <summary>The time of day (UTC) of the daily check.</summary>
    public TimeSpan CheckTimeUtc { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long an "entry updated" notice stays deliverable, so an instance that was down catches up.</summary>
    public int UpdateNoticeDays { get; set; } = 30;
}
