namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// The answer of a <see cref="ChoicePrompt"/>: the chosen value and its zero-based position, and what the user said
/// beside it ("yes exactly, tracking stopped in Shenzhen" gives "exactly, tracking stopped in Shenzhen"), or the whole
/// reply when the guide's detail reader took free detail as its answer; null when the reply was the choice alone.
/// </summary>
public sealed record FoundChoice(string Value, int Index, string Title, string? Detail = null);
