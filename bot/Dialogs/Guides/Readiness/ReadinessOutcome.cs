using CrossBorderBot.Plans;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>The readiness result as shown (<paramref name="Reply"/>) and as kept (<paramref name="Plan"/>).</summary>
public sealed record ReadinessOutcome(Reply Reply, GuidePlan Plan);
