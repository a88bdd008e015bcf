using CrossBorderBot.Plans;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>The platform result as shown (<paramref name="Reply"/>) and as kept (<paramref name="Plan"/>).</summary>
public sealed record PlatformOutcome(Reply Reply, GuidePlan Plan);
