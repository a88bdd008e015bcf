namespace CrossBorderBot.Replies;

/// <summary>A row of buttons ("Compare platforms", "Logistics for this", "Send me the plan").</summary>
public sealed record ActionButtonsBlock(IReadOnlyList<ReplyAction> Actions) : ReplyBlock;
