using CrossBorderBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The "what next?" question at the end of a guide: a button or its words, or — when <paramref name="acceptsText"/> —
/// any other typed request, which the guide interprets ("compare Amazon and Temu").
/// </summary>
public sealed class GuideFollowUpPrompt(string id, bool acceptsText) : Prompt<GuideFollowUpAnswer>(id)
{
    protected override Task<PromptRecognizerResult<GuideFollowUpAnswer>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var verb = PromptInput.Verb(turnContext.Activity);
        if (verb is not null && !string.Equals(verb, PromptInput.ChooseVerb, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(PromptRecognizerResult<GuideFollowUpAnswer>.Failed);
        }

        var text = GetAnswerText(turnContext);
        var answer = ChoicePrompt.Recognize(text, options.Choices, PromptLanguage.Cultures(turnContext.Activity)) is { } found
            ? new GuideFollowUpAnswer(found.Value, null)
            : acceptsText && verb is null && !string.IsNullOrWhiteSpace(text) ? new GuideFollowUpAnswer(null, text) : null;
        return Task.FromResult(answer is null
            ? PromptRecognizerResult<GuideFollowUpAnswer>.Failed
            : PromptRecognizerResult<GuideFollowUpAnswer>.Success(answer));
    }

    protected override Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt) =>
        ChoiceCard.Attach(turnContext, prompt, options.Choices.Select(choice => (choice.DisplayTitle, choice.Value)));
}
