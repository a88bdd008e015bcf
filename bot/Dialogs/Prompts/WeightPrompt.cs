using CrossBorderBot.Understanding.Quantities;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Asks for a weight with its unit ("2.5 kg", "800 g", "3 lbs", "三公斤"); the answer is in kilograms.</summary>
public sealed class WeightPrompt(string id, PromptValidator<WeightQuantity>? validator = null, QuantityRecognizer? recognizer = null)
    : Prompt<WeightQuantity>(id, validator)
{
    private readonly QuantityRecognizer _recognizer = recognizer ?? new QuantityRecognizer();

    protected override Task<PromptRecognizerResult<WeightQuantity>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = GetAnswerText(turnContext);
        var weight = text is null
            ? null
            : _recognizer.RecognizeWeights(text, PromptLanguage.Cultures(turnContext.Activity)[0]).FirstOrDefault();
        return Task.FromResult(weight is null
            ? PromptRecognizerResult<WeightQuantity>.Failed
            : PromptRecognizerResult<WeightQuantity>.Success(weight));
    }
}
