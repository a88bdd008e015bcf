namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// Reads a reply that names none of a <see cref="ChoicePrompt"/>'s choices — free detail such as "the buyer got it but
/// it broke after a day" — as an answer the guide can use (a value of its own, the reply as
/// <see cref="FoundChoice.Detail"/>); null when the reply gives nothing usable, and the question is asked again.
/// </summary>
public delegate FoundChoice? ChoiceDetailReader(ITurnContext turnContext, string answer, IReadOnlyList<Choice> choices);
