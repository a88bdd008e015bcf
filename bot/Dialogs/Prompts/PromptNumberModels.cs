using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// Shared Microsoft.Recognizers.Text number models, built once per culture. The library's model set-up is not
/// safe to run from concurrent turns, so building and parsing happen under the lock shared by every caller of the
/// library (<see cref="RecognizersTextGate"/>).
/// </summary>
internal static class PromptNumberModels
{
    private static readonly Dictionary<string, (IModel Number, IModel Ordinal)> ModelsByCulture = new(StringComparer.OrdinalIgnoreCase);

    public static List<ModelResult> Numbers(string text, string culture)
    {
        lock (RecognizersTextGate.Lock)
        {
            return Models(culture).Number.Parse(text);
        }
    }

    public static List<ModelResult> Ordinals(string text, string culture)
    {
        lock (RecognizersTextGate.Lock)
        {
            return Models(culture).Ordinal.Parse(text);
        }
    }

    private static (IModel Number, IModel Ordinal) Models(string culture)
    {
        if (!ModelsByCulture.TryGetValue(culture, out var models))
        {
            var recognizer = new NumberRecognizer(culture);
            models = (recognizer.GetNumberModel(culture), recognizer.GetOrdinalModel(culture));
            ModelsByCulture[culture] = models;
        }

        return models;
    }
}
