namespace CrossBorderBot.Plans;

/// <summary>The user's plans, newest first (kept in user state, bounded).</summary>
public sealed class SavedPlans
{
    public const int MaxPlans = 10;

    public List<GuidePlan> Plans { get; set; } = [];
}
