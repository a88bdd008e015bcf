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

    [GeneratedRegex(@"^(?:one\s+(?:question\s+)?at\s+a\s+time|one\s+by\s+one|step\s+by\s+step|逐题(?:回答)?|一个一个(?:来|问)?|一题一题|逐个(?:回答)?)[.!。！]?$", RegexOptions.IgnoreCase)]
    private static partial Regex OneAtATimeWords();
}
