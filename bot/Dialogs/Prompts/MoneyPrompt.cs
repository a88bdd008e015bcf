using CrossBorderBot.Understanding.Quantities;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Asks for an amount of money with its currency ("$30", "200元", "30 euros"); the answer has an ISO 4217 code.</summary>
public sealed class MoneyPrompt(string id, PromptValidator<MoneyQuantity>? validator = null, QuantityRecognizer? recognizer = null)
    : Prompt<MoneyQuantity>(id, validator)
{
    private readonly QuantityRecognizer _recognizer = recognizer ?? new QuantityRecognizer();

    protected override Task<PromptRecognizerResult<MoneyQuantity>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = GetAnswerText(turnContext);
        var money = text is null
            ? null
            : _recognizer.RecognizeMoney(text, PromptLanguage.Cultures(turnContext.Activity)[0]).FirstOrDefault();
        return Task.FromResult(money is null
            ? PromptRecognizerResult<MoneyQuantity>.Failed
            : PromptRecognizerResult<MoneyQuantity>.Success(money));
    }
}
