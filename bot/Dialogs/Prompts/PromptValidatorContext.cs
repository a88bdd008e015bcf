namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>What a prompt validator gets: the recognized value and which attempt this is (1 for the first answer).</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, T Value, int AttemptCount, PromptOptions Options);
