namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and waits for a usable answer: recognize the message, then validate it (optional), then
/// end with the value; otherwise say what it can take (the choices, with an example) and ask again — a question with
/// retry wording of its own uses it once, then lists its choices with an example and asks the question again. It never gives
/// up on the user: after <see cref="PromptOptions.MaxAttempts"/> unusable answers it also says how to leave ("cancel").
/// Adaptive Card submits (<c>activity.Value.value</c>) are read as answers, like typed text.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = PromptAttempts.Key;

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator = null)
        : base(id)
    {
        _validator = validator;
    }

    internal override bool IsQuestion => true;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = DialogValueConverter.Convert<PromptOptions>(options)
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        if (promptOptions.MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"{nameof(PromptOptions.MaxAttempts)} must be at least 1.");
        }

        var instance = dc.ActiveDialog!;
        instance.SetValue(OptionsKey, promptOptions);
        instance.SetValue(AttemptsKey, 0);
        await SendPromptAsync(dc.Context, LoadOptions(instance), isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Typing indicators, member updates and the like are not answers.
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var options = LoadOptions(instance);
        var attempt = instance.GetValue<int>(AttemptsKey) + 1;
        instance.SetValue(AttemptsKey, attempt);

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken).ConfigureAwait(false);
        var accepted = recognized.Succeeded;
        var validatorReplied = false;
        if (accepted && _validator is not null)
        {
            var sent = 0;
            dc.Context.OnSendActivities(async (_, activities, next) =>
            {
                sent += activities.Count;
                return await next().ConfigureAwait(false);
            });
            accepted = await _validator(new PromptValidatorContext<T>(dc.Context, recognized.Value!, attempt, options), cancellationToken).ConfigureAwait(false);
            validatorReplied = sent > 0;
        }

        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        // A reply in the other language that the question cannot use: the conversation now speaks the reply's language,
        // so the lead and the question asked again are both in it — not a Chinese lead over the English question and its
        // English choices. The question is asked again from the step that asked it, rebuilt in the turn's language.
        if (!validatorReplied && AskedInAnotherLanguage(dc.Context, options))
        {
            await dc.Context.SendActivityAsync(PromptLanguage.NotUnderstoodMessage(dc.Context.Activity), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!await dc.RepeatQuestionAsync(cancellationToken).ConfigureAwait(false))
            {
                await SendPromptAsync(dc.Context, options, isRetry: false, cancellationToken).ConfigureAwait(false);
            }

            return EndOfTurn;
        }

        if (attempt == options.MaxAttempts)
        {
            await dc.Context.SendActivityAsync(PromptLanguage.HowToLeaveMessage(dc.Context.Activity), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (!validatorReplied)
        {
            // The same question missed again after its own retry wording: now list its choices with an example and ask
            // the question itself again, so a user who did not see or understand the buttons knows what to type.
            if (attempt >= 2 && options.RetryPrompt is not null && options.Prompt is not null && MissHint(dc.Context, options) is not null)
            {
                await SendRetryAsync(dc.Context, options, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await SendPromptAsync(dc.Context, options, isRetry: true, cancellationToken).ConfigureAwait(false);
            }
        }

        return EndOfTurn;
    }

    /// <summary>Asks the question again (not the retry prompt): used after an interruption such as "help".</summary>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        SendPromptAsync(turnContext, LoadOptions(instance), isRetry: false, cancellationToken);

    internal override bool TakesAsWritten(ITurnContext turnContext, DialogInstance instance) => TakesAsWritten(turnContext, LoadOptions(instance));

    internal override async Task<bool> CanReadAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        (await OnRecognizeAsync(turnContext, LoadOptions(instance), cancellationToken).ConfigureAwait(false)).Succeeded;

    /// <summary>True when the message is an answer as this question offers them (a choice's name or number, yes or no).</summary>
    protected virtual bool TakesAsWritten(ITurnContext turnContext, PromptOptions options) => true;

    /// <summary>Reads the value from the turn's message.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Lets a prompt dress the question before it is sent (a card with buttons, for example).</summary>
    protected virtual Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt) => prompt;

    /// <summary>The answer as text: a card submit's value or the typed text (trimmed); null when there is none.</summary>
    protected static string? GetAnswerText(ITurnContext turnContext) => PromptInput.Text(turnContext.Activity);

    // The question's own words are in one language and the reply is read in the other.
    private static bool AskedInAnotherLanguage(ITurnContext turnContext, PromptOptions options) =>
        options.Prompt?.Text is { Length: > 0 } asked && PromptLanguage.ContainsChinese(asked) != PromptLanguage.Of(turnContext.Activity).IsChinese;

    private static PromptOptions LoadOptions(DialogInstance instance) =>
        instance.GetValue<PromptOptions>(OptionsKey) ?? new PromptOptions();

    private Task SendPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        if (isRetry && options.RetryPrompt is null && options.Prompt is not null)
        {
            // Without a retry prompt of its own, say that the answer was not understood before asking again, so the
            // repeated question does not look like the bot ignored the user.
            return SendRetryAsync(turnContext, options, cancellationToken);
        }

        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return prompt is null
            ? Task.CompletedTask
            : turnContext.SendActivityAsync(DecoratePrompt(turnContext, options, PromptActivityJsonConverter.CopyToSend(prompt)), cancellationToken);
    }

    /// <summary>
    /// What this question takes, said after an answer it could not use: its choices with an example, by default.
    /// Null when the question itself says enough.
    /// </summary>
    protected virtual string? MissHint(ITurnContext turnContext, PromptOptions options) =>
        options.Choices.Count == 0 ? null : PromptLanguage.ChoicesHint(turnContext.Activity, options.Choices);

    private async Task SendRetryAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var miss = PromptLanguage.NotUnderstoodMessage(turnContext.Activity);
        if (MissHint(turnContext, options) is { } hint)
        {
            miss += " " + hint;
        }

        await turnContext.SendActivityAsync(miss, cancellationToken: cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(DecoratePrompt(turnContext, options, PromptActivityJsonConverter.CopyToSend(options.Prompt!)), cancellationToken).ConfigureAwait(false);
    }
}
