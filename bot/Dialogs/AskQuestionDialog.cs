using CrossBorderBot.Answers;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// "Ask a question": asks for the question (unless the user already asked it), answers from the knowledge base with
/// sources and review dates, and offers another question. A question whose answer depends on a market it does not name
/// ("do I pay duty?", "那边要交税吗") first asks which market, so no other market's rule is given for it.
/// </summary>
public sealed class AskQuestionDialog : ComponentDialog
{
    private const string StepsId = DialogIds.AskQuestion + ".steps";
    private const string QuestionKey = "question";

    public AskQuestionDialog(KnowledgeAnswerer answerer)
        : base(DialogIds.AskQuestion)
    {
        AddSteps(StepsId, [AskAsync, (step, cancellationToken) => WhichMarketAsync(step, answerer, cancellationToken), (step, cancellationToken) => AnswerAsync(step, answerer, cancellationToken), AnotherAsync]);
        AddDialog(new TextPrompt(DialogIds.AskQuestionText));
        AddDialog(new TextPrompt(DialogIds.AskQuestionMarket));
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

    /// <summary>
    /// Asks which market a question means when its answer depends on one and it names none (nor does this turn): the
    /// answerer decides, by the rule it answers with, so the prompt and the answer never disagree.
    /// </summary>
    private static async Task<DialogTurnResult> WhichMarketAsync(WaterfallStepContext step, KnowledgeAnswerer answerer, CancellationToken cancellationToken)
    {
        var question = step.GetResult<string>() ?? string.Empty;
        step.Values.Set(QuestionKey, question);
        var message = TurnUnderstanding.Of(step.Context)?.Message;
        if (message is null || message.Text.Trim() != question.Trim() || message.Entities.Locations.Any() || !answerer.NeedsAMarket(question, TurnLanguage.Of(step.Context)))
        {
            return await step.NextAsync(question, cancellationToken);
        }

        var text = BotText.For(TurnLanguage.Of(step.Context));
        return await step.PromptAsync(DialogIds.AskQuestionMarket, PromptOptions.FromText(text.AskWhichMarket), cancellationToken);
    }

    private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, KnowledgeAnswerer answerer, CancellationToken cancellationToken)
    {
        var question = MarketNamed(step, step.GetResult<string>() ?? string.Empty);
        var language = TurnLanguage.Of(step.Context);
        await answerer.AnswerAsync(step.Context, question, language, cancellationToken);
        return await step.PromptAsync(DialogIds.AskQuestionAnother, PromptOptions.FromText(BotText.For(language).AskAnother), cancellationToken);
    }

    /// <summary>
    /// The question to look up: after "which market?", the question asked with the market the reply names put in ("do I
    /// pay duty?" + "germany" → "do I pay duty in germany?"); a reply that names no market is a question of its own.
    /// </summary>
    private static string MarketNamed(WaterfallStepContext step, string reply)
    {
        var asked = step.Values.Get<string>(QuestionKey);
        if (asked is null || asked == reply || TurnUnderstanding.Of(step.Context)?.Message.Entities is not { } entities
            || (entities.Countries.Select(c => c.Text).Concat(entities.Regions.Select(r => r.Text)).FirstOrDefault() is not { } place))
        {
            return reply;
        }

        return CountryRuleWords.WithPlace(asked, place, TurnLanguage.Of(step.Context).IsChinese);
    }

    private static async Task<DialogTurnResult> AnotherAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.GetResult<bool>()
            ? await step.ReplaceDialogAsync(StepsId, cancellationToken: cancellationToken)
            : await step.EndDialogAsync(cancellationToken: cancellationToken);
}
