using CrossBorderBot.Plans;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>A guide's result: the replies shown, the plan kept, and the place (if any) its rule-change alerts are for.</summary>
public sealed record GuideOutcome(IReadOnlyList<Reply> Replies, GuidePlan Plan, string? Location = null);
