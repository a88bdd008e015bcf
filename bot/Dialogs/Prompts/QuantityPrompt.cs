using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// Asks for a quantity the <see cref="QuantityRecognizer"/> reads with its unit (money, weight): the answer is the
/// first one the reply names, in the turn's language. Subclasses say only which kind of quantity they read.
/// </summary>
public abstract class QuantityPrompt<T>(string id, PromptValidator<T>? validator, QuantityRecognizer? recognizer) : Prompt<T>(id, validator)
    where T : class
{
    private readonly QuantityRecognizer _recognizer = recognizer ?? new QuantityRecognizer();

    /// <summary>Every quantity of this kind in <paramref name="text"/>, in the order written.</summary>
    protected abstract IReadOnlyList<T> Read(QuantityRecognizer recognizer, string text, string culture);

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = GetAnswerText(turnContext);
        var quantity = text is null ? null : Read(_recognizer, text, PromptLanguage.Cultures(turnContext.Activity)[0]).FirstOrDefault();
        return Task.FromResult(quantity is null
            ? PromptRecognizerResult<T>.Failed
            : PromptRecognizerResult<T>.Success(quantity));
    }
}
