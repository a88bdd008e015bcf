namespace CrossBorderBot.Plans;

/// <summary>The user's plans, newest first (kept in user state, bounded).</summary>
public sealed class SavedPlans
{
    public const int MaxPlans = 10;

    public List<GuidePlan> Plans { get; set; } = [];

    /// <summary>
    /// The plans read from stored state, each with the JSON it was read from (see <see cref="SavedPlansStateCodec"/>):
    /// a plan carried over unchanged is written back as those bytes instead of being encoded again. A user's ten plans
    /// are ~55 KB of JSON and every result turn adds one, so re-encoding the other nine was most of that turn's state
    /// write. A plan is a record that is never changed in place (a changed plan is a new object), so the object read
    /// stands for exactly that JSON; the keys are compared by reference. Not public, so Json.NET neither writes nor
    /// reads it.
    /// </summary>
    internal Dictionary<GuidePlan, ReadOnlyMemory<byte>>? StoredJson { get; set; }
}
