using CrossBorderBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for a country or region: buttons for common markets, and any country typed by name in English or Chinese
/// ("Poland", "波兰", "PL"). The answer is the chosen button's value or the country code / region id typed.
/// </summary>
/// <param name="unknownValue">The answer for "don't know / not sure / skip" when the question can do without a place; null when it cannot.</param>
public sealed class GuideLocationPrompt(string id, GuideLocationResolver resolver, string? unknownValue = null) : Prompt<string>(id)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var verb = PromptInput.Verb(turnContext.Activity);
        if (verb is not null && !string.Equals(verb, PromptInput.ChooseVerb, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(PromptRecognizerResult<string>.Failed);
        }

        var text = GetAnswerText(turnContext);
        var answer = ChoicePrompt.Recognize(text, options.Choices, PromptLanguage.Cultures(turnContext.Activity))?.Value
            ?? resolver.Resolve(text, turnContext.Activity.Locale)
            ?? (unknownValue is not null && Slots.SlotVocabulary.Default.IsUnknown(text) ? unknownValue : null);
        return Task.FromResult(answer is null
            ? PromptRecognizerResult<string>.Failed
            : PromptRecognizerResult<string>.Success(answer));
    }

    protected override Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt) =>
        ChoiceCard.Attach(turnContext, prompt, options.Choices.Select(choice => (choice.DisplayTitle, choice.Value)));
}
