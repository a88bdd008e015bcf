namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown through the reply renderers (card or Slack buttons,
/// numbered lines on text channels). Accepts the button's submit, the choice's number (1-based, also "two" / "二"), its title, value or
/// a synonym, ignoring case and spacing, and a shortened title that fits one choice only (<see cref="ChoiceShortForm"/>);
/// then a choice said with detail after it (<see cref="ChoiceWithDetail"/>: "yes exactly, tracking stopped…"), and last
/// what the guide's <see cref="ChoiceDetailReader"/> makes of a reply that names no choice at all. A choice that going on
/// answers (<paramref name="takesGoingOn"/>: a problem's "Is this your problem?") says so (<see cref="IGoOnPrompt"/>).
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null, ChoiceDetailReader? readDetail = null, bool takesGoingOn = false)
    : Prompt<FoundChoice>(id, validator), IGoOnPrompt
{
    public bool TakesGoingOn => takesGoingOn;

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        // A submit from another card (another verb) is not an answer to this question.
        var verb = PromptInput.Verb(turnContext.Activity);
        if (verb is not null && !string.Equals(verb, PromptInput.ChooseVerb, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(PromptRecognizerResult<FoundChoice>.Failed);
        }

        var text = GetAnswerText(turnContext);
        var found = Recognize(text, options.Choices, PromptLanguage.Cultures(turnContext.Activity))
            ?? (verb is null ? ChoiceWithDetail.Leading(text, options.Choices) : null)
            ?? (verb is null ? Confirmed(text, options.Choices) : null)
            ?? (verb is null && text is not null && readDetail is not null ? readDetail(turnContext, text, options.Choices) : null);
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failed
            : PromptRecognizerResult<FoundChoice>.Success(found));
    }

    protected override bool TakesAsWritten(ITurnContext turnContext, PromptOptions options) =>
        Recognize(GetAnswerText(turnContext), options.Choices, PromptLanguage.Cultures(turnContext.Activity)) is not null;

    protected override Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt) =>
        ChoiceCard.Attach(turnContext, prompt, options.Choices.Select(choice => (choice.DisplayTitle, choice.Value)));

    internal static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, IReadOnlyList<string> cultures)
    {
        var answer = AnswerNormalizer.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }

        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            var names = new[] { choice.Value, choice.Title }.Concat(choice.Synonyms);
            if (names.Any(name => AnswerNormalizer.Normalize(name) == answer))
            {
                return Found(choices, index);
            }
        }

        var position = Position(answer, cultures);
        if (position is >= 1 && position <= choices.Count)
        {
            return Found(choices, position.Value - 1);
        }

        return ChoiceShortForm.IndexIn(answer, choices.Select(choice => AnswerNormalizer.Normalize(choice.Title)).ToList()) is { } shortened
            ? Found(choices, shortened)
            : null;
    }

    /// <summary>
    /// "yup, that's the problem", "没错，就是这种情况": a reply that confirms what was offered picks the one choice that
    /// stands for yes (its value, title or a synonym is "yes"); null when no choice, or several, do.
    /// </summary>
    private static FoundChoice? Confirmed(string? text, IReadOnlyList<Choice> choices)
    {
        var yes = choices.Select((choice, index) => (choice, index))
            .Where(pair => new[] { pair.choice.Value, pair.choice.Title }.Concat(pair.choice.Synonyms).Any(name => AnswerNormalizer.Normalize(name) == "yes"))
            .ToList();
        return yes.Count == 1 && Slots.SlotVocabulary.Default.Agreement.Confirms(text) ? Found(choices, yes[0].index) : null;
    }

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index) =>
        new(choices[index].Value, index, choices[index].DisplayTitle);

    /// <summary>The answer as a choice number, only when the whole answer is that number ("2", "二", "two", "second").</summary>
    private static int? Position(string answer, IReadOnlyList<string> cultures)
    {
        if (PlainNumber.Parse(answer) is { } plain)
        {
            return decimal.IsInteger(plain) && plain is > 0 and <= int.MaxValue ? (int)plain : null;
        }

        foreach (var culture in cultures)
        {
            var results = PromptNumberModels.Numbers(answer, culture).Concat(PromptNumberModels.Ordinals(answer, culture));
            foreach (var result in results)
            {
                if (result.Start == 0
                    && result.End == answer.Length - 1
                    && result.Resolution?.TryGetValue("value", out var value) == true
                    && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    return number;
                }
            }
        }

        return null;
    }
}
