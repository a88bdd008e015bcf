namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Asks for any non-empty text (or a card submit's value).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(GetAnswerText(turnContext) is { Length: > 0 } text
            ? PromptRecognizerResult<string>.Success(text)
            : PromptRecognizerResult<string>.Failed);
}
