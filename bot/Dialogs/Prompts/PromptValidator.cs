namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// Accepts or rejects a recognized value. A validator that sends its own explanation replaces the retry prompt
/// for that attempt.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
