using CrossBorderBot.Answers;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// "Ask a question": asks for the question (unless the user already asked it), answers from the knowledge base with
/// sources and review dates, and offers another question.
/// </summary>
public sealed class AskQuestionDialog : ComponentDialog
{
    private const string StepsId = DialogIds.AskQuestion + ".steps";

    public AskQuestionDialog(KnowledgeAnswerer answerer)
        : base(DialogIds.AskQuestion)
    {
        AddSteps(StepsId, [AskAsync, (step, cancellationToken) => AnswerAsync(step, answerer, cancellationToken), AnotherAsync]);
        AddDialog(new TextPrompt(DialogIds.AskQuestionText));
        AddDialog(new ConfirmPrompt(DialogIds.AskQuestionAnother));
    }

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The menu passes the words that brought the user here; a question typed outright is answered at once.
        var start = step.GetOptions<GuideStartOptions>();
        var question = start?.Text;
        if (!string.IsNullOrWhiteSpace(question) && (start!.Described || KnowledgeAnswerer.LooksLikeAQuestion(question)))
        {
            return await step.NextAsync(question, cancellationToken);
        }

        var text = BotText.For(TurnLanguage.Of(step.Context));
        return await step.PromptAsync(DialogIds.AskQuestionText, PromptOptions.FromText(text.AskPrompt), cancellationToken);
    }

    private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, KnowledgeAnswerer answerer, CancellationToken cancellationToken)
    {
        var question = step.GetResult<string>() ?? string.Empty;
        var language = TurnLanguage.Of(step.Context);
        await answerer.AnswerAsync(step.Context, question, language, cancellationToken);
        return await step.PromptAsync(DialogIds.AskQuestionAnother, PromptOptions.FromText(BotText.For(language).AskAnother), cancellationToken);
    }

    private static async Task<DialogTurnResult> AnotherAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.GetResult<bool>()
            ? await step.ReplaceDialogAsync(StepsId, cancellationToken: cancellationToken)
            : await step.EndDialogAsync(cancellationToken: cancellationToken);
}
