namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Asks for a number, written in digits or words, English or Chinese ("12", "twelve", "十二", "3.5").</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override Task<PromptRecognizerResult<decimal>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = GetAnswerText(turnContext);
        if (PlainNumber.Parse(text) is { } plain)
        {
            return Task.FromResult(PromptRecognizerResult<decimal>.Success(plain));
        }

        // Numbers in words or inside a sentence ("twelve", "about 40 pieces").
        if (text is not null)
        {
            foreach (var culture in PromptLanguage.Cultures(turnContext.Activity))
            {
                if (Recognize(text, culture) is { } number)
                {
                    return Task.FromResult(PromptRecognizerResult<decimal>.Success(number));
                }
            }
        }

        return Task.FromResult(PromptRecognizerResult<decimal>.Failed);
    }

    internal static decimal? Recognize(string text, string culture)
    {
        foreach (var result in PromptNumberModels.Numbers(text, culture))
        {
            if (result.Resolution?.TryGetValue("value", out var value) == true
                && decimal.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return null;
    }
}
