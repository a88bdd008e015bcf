namespace CrossBorderBot.Replies;

/// <summary>One option of a <see cref="ChoiceSetBlock"/> or of a choice <see cref="FormField"/>: the value sent back and the title shown.</summary>
public sealed record ReplyChoice(string Value, string Title);
