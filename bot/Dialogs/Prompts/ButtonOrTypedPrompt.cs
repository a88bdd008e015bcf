namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// A question with buttons that also takes a typed answer: a click (or the typed title of a button) chooses it, other
/// words are read by the prompt (a country, a category, several markets). A card's other submits are not answers.
/// The buttons travel on the question's card.
/// </summary>
public abstract class ButtonOrTypedPrompt<T>(string id) : Prompt<T>(id)
    where T : class
{
    protected sealed override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var verb = PromptInput.Verb(turnContext.Activity);
        var answer = verb is null || string.Equals(verb, PromptInput.ChooseVerb, StringComparison.OrdinalIgnoreCase)
            ? Read(GetAnswerText(turnContext), options, turnContext.Activity)
            : null;
        return Task.FromResult(answer is null ? PromptRecognizerResult<T>.Failed : PromptRecognizerResult<T>.Success(answer));
    }

    protected override Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt) =>
        ChoiceCard.Attach(turnContext, prompt, options.Choices.Select(choice => (choice.DisplayTitle, choice.Value)));

    /// <summary>The answer in <paramref name="text"/> (a button's value, or what the words name); null when there is none.</summary>
    protected abstract T? Read(string? text, PromptOptions options, Activity activity);

    /// <summary>The button <paramref name="text"/> chooses (by its title, value, synonyms or number), if any.</summary>
    protected static string? Chosen(string? text, PromptOptions options, Activity activity) =>
        ChoicePrompt.Recognize(text, options.Choices, PromptLanguage.Cultures(activity))?.Value;
}
