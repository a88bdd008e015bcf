using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Asks for a weight with its unit ("2.5 kg", "800 g", "3 lbs", "三公斤"); the answer is in kilograms.</summary>
public sealed class WeightPrompt(string id, PromptValidator<WeightQuantity>? validator = null, QuantityRecognizer? recognizer = null)
    : QuantityPrompt<WeightQuantity>(id, validator, recognizer)
{
    protected override IReadOnlyList<WeightQuantity> Read(QuantityRecognizer recognizer, string text, string culture) => recognizer.RecognizeWeights(text, culture);
}
