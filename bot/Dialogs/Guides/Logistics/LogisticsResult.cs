using CrossBorderBot.Plans;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What the logistics guide shows at its end (a few replies, each a card on channels with cards) and the plan it saves.</summary>
public sealed record LogisticsResult(IReadOnlyList<Reply> Replies, GuidePlan Plan);
