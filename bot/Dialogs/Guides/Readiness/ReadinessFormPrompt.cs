using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Prompts;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Waits for the readiness form: its submit (verb <see cref="FormVerb"/>, one value per question id) with at least
/// one usable answer, or "one question at a time" (its button or typed). Anything else gets the retry prompt, and
/// the form stays above it.
/// </summary>
public sealed partial class ReadinessFormPrompt(string id, ReadinessQuestionnaire questionnaire) : Prompt<ReadinessFormAnswer>(id)
{
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

        var text = GetAnswerText(turnContext);
        var oneAtATime = (verb is null || verb == PromptInput.ChooseVerb) && text is not null
            && (text == OneAtATimeValue || OneAtATimeWords().IsMatch(text));
        return Task.FromResult(oneAtATime
            ? PromptRecognizerResult<ReadinessFormAnswer>.Success(new ReadinessFormAnswer(true, ReadinessAnswers.None))
            : PromptRecognizerResult<ReadinessFormAnswer>.Failed);
    }

    // Said within a short reply, not only alone: "just ask me the questions one by one", "一个一个问吧", "挨个问我".
    [GeneratedRegex(@"^.{0,30}?(?:\bone\s+(?:question\s+)?at\s+a\s+time\b|\bone\s+by\s+one\b|\bstep\s+by\s+step\b|\bindividually\b|逐题|一个一个|一题一题|一条一条|逐个|挨个)[^,;，；]{0,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex OneAtATimeWords();
}
