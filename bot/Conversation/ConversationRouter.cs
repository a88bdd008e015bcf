using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Plans;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The fixed pipeline of a message turn: language → understanding → interruptions (help / cancel / back) → route
/// (a new menu entry, or the waiting dialog) → developer traces. Saving state is the caller's job, after the turn.
/// </summary>
public sealed partial class ConversationRouter(
    DialogSet dialogs,
    IStatePropertyAccessor<ConversationProfile> profileAccessor,
    CrossBorderRecognizer recognizer,
    KnowledgeAnswerer answerer,
    PlanStore plans,
    ILogger<ConversationRouter> logger)
{
    /// <summary>Longer messages are refused politely: no real answer or question needs more, and it bounds work.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>A typed request for a menu entry counts only when the recognizer is this sure of it.</summary>
    private const double MenuIntentThreshold = 0.6;

    /// <summary>Inside a guide, a message is taken as a question asked in passing only when the recognizer is this sure.</summary>
    private const double QuestionInPassingThreshold = 0.7;

    public async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await profileAccessor.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        if (profile.Welcomed)
        {
            return;
        }

        profile.Welcomed = true;
        var language = profile.Language ??= ReplyLanguage.FromLocale(turnContext.Activity.Locale);
        turnContext.Activity.Locale = ReplyLanguage.ToLocale(language);
        await turnContext.SendActivityAsync(BotText.For(language).Welcome, cancellationToken: cancellationToken);

        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
        }

        await EmulatorTraces.SendDialogStackAsync(turnContext, dc.ActiveDialogIds, cancellationToken);
    }

    public async Task HandleMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = activity.Text?.Trim();
        var profile = await profileAccessor.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        var language = profile.Language = ReplyLanguage.Choose(text, profile.Language, activity.Locale);
        activity.Locale = ReplyLanguage.ToLocale(language);
        var texts = BotText.For(language);

        if (text?.Length > MaxTextLength)
        {
            await turnContext.SendActivityAsync(string.Format(texts.MessageTooLong, text.Length, MaxTextLength), cancellationToken: cancellationToken);
            return;
        }

        RecognizerResult? recognized = null;
        if (!string.IsNullOrEmpty(text))
        {
            recognized = recognizer.Recognize(text, activity.Locale);
            Telemetry.BotTelemetry.RecordRecognition(recognized);
            await EmulatorTraces.SendRecognizerResultAsync(turnContext, recognized, cancellationToken);
        }

        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        try
        {
            await RouteAsync(dc, text, recognized, profile, cancellationToken);
        }
        catch (DialogStateMismatchException exception)
        {
            LogDialogStateMismatch(logger, exception.DialogId, activity.Conversation?.Id ?? "(none)");
            dc.ClearStack();
            await turnContext.SendActivityAsync(texts.StateLost, cancellationToken: cancellationToken);
            await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
        }

        await EmulatorTraces.SendDialogStackAsync(turnContext, dc.ActiveDialogIds, cancellationToken);
    }

    private async Task RouteAsync(DialogContext dc, string? text, RecognizerResult? recognized, ConversationProfile profile, CancellationToken cancellationToken)
    {
        var texts = BotText.For(profile.Language ?? ReplyLanguage.English);
        var isCardSubmit = dc.Context.Activity.Value is not null && string.IsNullOrEmpty(text);
        var interruption = isCardSubmit ? Interruption.None : InterruptionDetector.Detect(text, recognized);
        switch (interruption)
        {
            case Interruption.SwitchToEnglish or Interruption.SwitchToChinese or Interruption.ToggleLanguage:
                profile.Language = interruption switch
                {
                    Interruption.SwitchToEnglish => ReplyLanguage.English,
                    Interruption.SwitchToChinese => ReplyLanguage.Chinese,
                    _ => ReplyLanguage.IsChinese(profile.Language ?? ReplyLanguage.English) ? ReplyLanguage.English : ReplyLanguage.Chinese,
                };
                dc.Context.Activity.Locale = ReplyLanguage.ToLocale(profile.Language);
                await dc.Context.SendActivityAsync(BotText.For(profile.Language).LanguageSwitched, cancellationToken: cancellationToken);
                await RepromptOrStartMenuAsync(dc, cancellationToken);
                return;

            case Interruption.ShowPlan:
                if (await plans.GetLastAsync(dc.Context, guideId: null, cancellationToken) is { } plan)
                {
                    await PlanPresenter.SendAsync(dc.Context, plan, cancellationToken);
                }
                else
                {
                    await dc.Context.SendActivityAsync(texts.NoPlanYet, cancellationToken: cancellationToken);
                }

                await RepromptOrStartMenuAsync(dc, cancellationToken);
                return;

            case Interruption.Help:
                await dc.Context.SendActivityAsync(texts.Help, cancellationToken: cancellationToken);
                await RepromptOrStartMenuAsync(dc, cancellationToken);
                return;

            case Interruption.Cancel:
                var leftAGuide = !IsAtMainMenu(dc);
                await dc.CancelAllDialogsAsync(cancellationToken);
                if (leftAGuide)
                {
                    await dc.Context.SendActivityAsync(texts.Cancelled, cancellationToken: cancellationToken);
                }

                await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
                return;

            case Interruption.Back:
                if (!await dc.GoBackAsync(cancellationToken))
                {
                    await dc.Context.SendActivityAsync(texts.NothingToGoBack, cancellationToken: cancellationToken);
                    await RepromptOrStartMenuAsync(dc, cancellationToken);
                }

                return;
        }

        if (!isCardSubmit && TopIntent(recognized, MenuIntentThreshold) == IntentNames.Greeting && (dc.ActiveDialog is null || IsAtMainMenu(dc)))
        {
            // "hi" at the menu is not a wrong answer: show the menu again without counting a failed attempt.
            await RepromptOrStartMenuAsync(dc, cancellationToken);
            return;
        }

        var menuIntent = isCardSubmit ? null : TopIntent(recognized, MenuIntentThreshold) is { } intent && MainMenuDialog.EntryIntents.Contains(intent) ? intent : null;
        if (dc.ActiveDialog is null || (menuIntent is not null && IsAtMainMenu(dc)))
        {
            // Nothing is waiting, or the user typed what they want instead of picking from the menu.
            await dc.CancelAllDialogsAsync(cancellationToken);
            await dc.BeginDialogAsync(DialogIds.MainMenu, new MainMenuOptions(menuIntent, text, recognized?.Entities), cancellationToken);
            return;
        }

        if (!isCardSubmit && text is not null && IsQuestionInPassing(dc, text, recognized))
        {
            // Answer the question, then ask the guide's question again: the guide does not lose its place.
            await answerer.AnswerAsync(dc.Context, text, profile.Language ?? ReplyLanguage.English, cancellationToken);
            await dc.Context.SendActivityAsync(texts.QuestionAnsweredResume, cancellationToken: cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status is DialogTurnStatus.Empty or DialogTurnStatus.Cancelled && dc.ActiveDialog is null)
        {
            // A prompt gave up after its retries (it said so politely): offer the menu again.
            await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
        }
    }

    private static async Task RepromptOrStartMenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null || IsAtMainMenu(dc))
        {
            // The menu is rebuilt rather than repeated, so it follows a switch of language.
            dc.ClearStack();
            await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private static string? TopIntent(RecognizerResult? recognized, double threshold)
    {
        if (recognized is null)
        {
            return null;
        }

        var (intent, score) = recognized.GetTopScoringIntent();
        return score >= threshold ? intent : null;
    }

    /// <summary>
    /// A question asked in the middle of a guide ("what is IOSS?") rather than an answer to the guide's question. Free
    /// text prompts take whatever is typed as the answer, so they are never interrupted; nor are short replies.
    /// </summary>
    private static bool IsQuestionInPassing(DialogContext dc, string text, RecognizerResult? recognized)
    {
        if (IsAtMainMenu(dc) || dc.ActiveLeafDialog is null or TextPrompt || TopIntent(recognized, QuestionInPassingThreshold) != IntentNames.AskKnowledge)
        {
            return false;
        }

        var isChinese = LanguageDetector.ContainsCjk(text);
        return isChinese ? text.Length >= 6 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }

    /// <summary>True when no guide is running: only the menu's own question is waiting.</summary>
    private static bool IsAtMainMenu(DialogContext dc)
        => dc.ActiveDialogIds.Count > 0 && dc.ActiveDialogIds[0] == DialogIds.MainMenu && dc.ActiveDialogIds[^1] == DialogIds.MenuChoice;

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Persisted dialog {DialogId} no longer matches the bot in conversation {ConversationId}; starting fresh")]
    private static partial void LogDialogStateMismatch(ILogger logger, string dialogId, string conversationId);
}
