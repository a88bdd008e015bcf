namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Whether a prompt understood the user's message, and the value it understood.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false, default);

    public static PromptRecognizerResult<T> Success(T value) => new(true, value);
}
