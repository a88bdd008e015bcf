using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding.Quantities;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for an amount of money ("$500", "3000元", "2万人民币") and also takes a bare number, read in
/// <paramref name="defaultCurrency"/>: a budget question already names its currency, so "20000" is a full answer.
/// </summary>
public sealed class GuideAmountPrompt(string id, string defaultCurrency, PromptValidator<MoneyQuantity>? validator = null)
    : Prompt<MoneyQuantity>(id, validator)
{
    private readonly QuantityRecognizer _recognizer = new();

    protected override Task<PromptRecognizerResult<MoneyQuantity>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = GetAnswerText(turnContext);
        if (text is null)
        {
            return Task.FromResult(PromptRecognizerResult<MoneyQuantity>.Failed);
        }

        var cultures = PromptLanguage.Cultures(turnContext.Activity);
        var amount = PlainNumber.Parse(text) is { } plain
            ? new MoneyQuantity(plain, defaultCurrency, text)
            : _recognizer.RecognizeMoney(text, cultures[0]).FirstOrDefault() ?? NumberInWords(text, cultures);
        return Task.FromResult(amount is null
            ? PromptRecognizerResult<MoneyQuantity>.Failed
            : PromptRecognizerResult<MoneyQuantity>.Success(amount));
    }

    private MoneyQuantity? NumberInWords(string text, IReadOnlyList<string> cultures) =>
        cultures.Select(culture => NumberPrompt.Recognize(text, culture)).FirstOrDefault(number => number is not null) is { } found
            ? new MoneyQuantity(found, defaultCurrency, text)
            : null;
}
