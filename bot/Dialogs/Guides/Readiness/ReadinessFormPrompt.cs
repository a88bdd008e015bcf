using CrossBorderBot.Dialogs.Prompts;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Waits for the readiness form: its submit (verb <see cref="FormVerb"/>, one value per question id) with at least
/// one usable answer, or "one question at a time" — its button, or any reply typed instead of using the form that
/// answers none of its questions ("germany and france mainly"): the person wants to write, so the questions then come
/// one at a time. (A typed reply that does answer some is taken by the guide before this prompt, and the form comes
/// back filled in.) A form sent empty gets the retry prompt. Asking to go through the questions one by one ("can we go
/// through them one by one?") is going on in one's own words (<see cref="IGoOnPrompt"/>): the layer above gives it to this
/// prompt instead of taking it for a question.
/// </summary>
public sealed class ReadinessFormPrompt(string id, ReadinessQuestionnaire questionnaire) : Prompt<ReadinessFormAnswer>(id), IGoOnPrompt
{
    public bool TakesGoingOn => true;

    public const string FormVerb = Replies.ReplyVerbs.ReadinessForm;
    public const string OneAtATimeValue = "one_at_a_time";

    protected override Task<PromptRecognizerResult<ReadinessFormAnswer>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var verb = PromptInput.Verb(turnContext.Activity);
        if (verb == FormVerb && Replies.ReplySubmitData.Read(turnContext.Activity.Value) is { } data)
        {
            var answers = questionnaire.ParseForm(data);
            return Task.FromResult(answers.Count == 0
                ? PromptRecognizerResult<ReadinessFormAnswer>.Failed
                : PromptRecognizerResult<ReadinessFormAnswer>.Success(new ReadinessFormAnswer(false, answers)));
        }

        var oneAtATime = verb switch
        {
            PromptInput.ChooseVerb => GetAnswerText(turnContext) == OneAtATimeValue,
            null => IsTypedReply(turnContext.Activity),
            _ => false,
        };
        return Task.FromResult(oneAtATime
            ? PromptRecognizerResult<ReadinessFormAnswer>.Success(new ReadinessFormAnswer(true, ReadinessAnswers.None))
            : PromptRecognizerResult<ReadinessFormAnswer>.Failed);
    }

    /// <summary>True for a message the user typed (text, no card submit): at the form it means "ask me in writing".</summary>
    public static bool IsTypedReply(IActivity activity) =>
        PromptInput.Verb(activity) is null && PromptInput.Text(activity) is not null;
}
