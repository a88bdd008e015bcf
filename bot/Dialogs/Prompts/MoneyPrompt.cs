using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Asks for an amount of money with its currency ("$30", "200元", "30 euros"); the answer has an ISO 4217 code.</summary>
public sealed class MoneyPrompt(string id, PromptValidator<MoneyQuantity>? validator = null, QuantityRecognizer? recognizer = null)
    : QuantityPrompt<MoneyQuantity>(id, validator, recognizer)
{
    protected override IReadOnlyList<MoneyQuantity> Read(QuantityRecognizer recognizer, string text, string culture) => recognizer.RecognizeMoney(text, culture);
}
