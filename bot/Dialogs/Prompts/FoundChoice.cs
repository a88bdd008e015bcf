namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>The answer of a <see cref="ChoicePrompt"/>: the chosen value and its zero-based position.</summary>
public sealed record FoundChoice(string Value, int Index, string Title);
