using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for the product category: a choice from the list (its name or keywords), or a sentence the recognizer finds
/// a category in ("we make running shoes"). The answer is a category id or <see cref="AnyValue"/>.
/// </summary>
public sealed class PlatformCategoryPrompt(string id, CrossBorderRecognizer recognizer) : Prompt<string>(id)
{
    public const string AnyValue = "any";

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var verb = PromptInput.Verb(turnContext.Activity);
        if (verb is not null && !string.Equals(verb, PromptInput.ChooseVerb, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(PromptRecognizerResult<string>.Failed);
        }

        var text = GetAnswerText(turnContext);
        var category = ChoicePrompt.Recognize(text, options.Choices, PromptLanguage.Cultures(turnContext.Activity))?.Value
            ?? (string.IsNullOrWhiteSpace(text) ? null : GuideEntities.Category(recognizer.Understand(text, turnContext.Activity.Locale).Entities));
        return Task.FromResult(category is not null && options.Choices.Any(choice => choice.Value == category)
            ? PromptRecognizerResult<string>.Success(category)
            : PromptRecognizerResult<string>.Failed);
    }

    protected override Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt) =>
        ChoiceCard.Attach(turnContext, prompt, options.Choices.Select(choice => (choice.DisplayTitle, choice.Value)));
}
