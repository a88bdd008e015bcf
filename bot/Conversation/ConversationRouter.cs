using CrossBorderBot.Answers;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Plans;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The fixed pipeline of a message turn: language → understanding → commands (help / cancel / back / language / plan)
/// → the arbiter's decision of what the message is for (<see cref="MessageArbiter"/>) → route → developer traces. Saving state is the caller's job, after the turn.
/// </summary>
public sealed partial class ConversationRouter(
    DialogSet dialogs,
    IStatePropertyAccessor<ConversationProfile> profileAccessor,
    CrossBorderRecognizer recognizer,
    KnowledgeAnswerer answerer,
    PlanStore plans,
    ILogger<ConversationRouter> logger)
{
    private readonly ConversationPlaces _places = new(dialogs);

    /// <summary>Longer messages are refused politely: no real answer or question needs more, and it bounds work.</summary>
    public const int MaxTextLength = 4000;

    public async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await profileAccessor.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        if (profile.Welcomed)
        {
            return;
        }

        profile.Welcomed = true;
        var language = profile.Remember(profile.KnownLanguage(TurnLanguage.Of(turnContext)));
        TurnLanguage.Stamp(turnContext, language);
        await turnContext.SendActivityAsync(BotText.For(language).Welcome, cancellationToken: cancellationToken);

        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
        }

        await EmulatorTraces.SendDialogStackAsync(turnContext, dc, cancellationToken);
    }

    /// <summary>Asks the waiting question again, or shows the menu when none is waiting (a channel declined the message).</summary>
    public async Task RepromptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => await ConversationSteps.RepromptOrStartMenuAsync(await dialogs.CreateContextAsync(turnContext, cancellationToken), cancellationToken);

    public async Task HandleMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = activity.Text?.Trim();
        var profile = await profileAccessor.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        var language = profile.Remember(ReplyLanguage.Choose(text, profile.Language, TurnLanguage.Of(turnContext)));
        TurnLanguage.Stamp(turnContext, language);
        var texts = BotText.For(language);

        if (text?.Length > MaxTextLength)
        {
            await turnContext.SendActivityAsync(string.Format(texts.MessageTooLong, text.Length, MaxTextLength), cancellationToken: cancellationToken);
            return;
        }

        var recognized = RecognizedMessage.Empty;
        if (!string.IsNullOrEmpty(text))
        {
            recognized = recognizer.Understand(text, activity.Locale);
            Telemetry.BotTelemetry.RecordRecognition(recognized.Intent, recognized.Score);
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

        await EmulatorTraces.SendDialogStackAsync(turnContext, dc, cancellationToken);
    }

    private async Task RouteAsync(DialogContext dc, string? text, RecognizedMessage recognized, ConversationProfile profile, CancellationToken cancellationToken)
    {
        // "switching to english - no idea about the size", "用中文吧，卖给个人": the language is switched and the rest is the message.
        if (InterruptionDetector.LanguageThenMessage(text) is { } lead)
        {
            TurnLanguage.Stamp(dc.Context, profile.Remember(lead.Language == Interruption.SwitchToChinese ? BotLanguage.Chinese : BotLanguage.English));
            text = dc.Context.Activity.Text = lead.Message;
            recognized = recognizer.Understand(text, dc.Context.Activity.Locale);
        }

        var texts = BotText.For(profile.KnownLanguage());
        // What the last message left for this one only: a side question answered, a plan recalled at the menu.
        var (askedAside, asideQuestion, recalledPlan) = profile.TakeLastTurn();
        // Read again only if a guide starts this turn (see MainMenuDialog).
        new EarlierMessages(profile.EarlierTexts(), earlier => recognizer.Understand(earlier, dc.Context.Activity.Locale)).Attach(dc.Context);
        var isCardSubmit = dc.Context.Activity.Value is not null && string.IsNullOrEmpty(text);
        var interruption = isCardSubmit ? Interruption.None : InterruptionDetector.Detect(text, recognized);
        switch (interruption)
        {
            case Interruption.SwitchToEnglish or Interruption.SwitchToChinese or Interruption.ToggleLanguage:
                var switched = profile.Remember(interruption switch
                {
                    Interruption.SwitchToEnglish => BotLanguage.English,
                    Interruption.SwitchToChinese => BotLanguage.Chinese,
                    _ => profile.KnownLanguage().IsChinese ? BotLanguage.English : BotLanguage.Chinese,
                });
                TurnLanguage.Stamp(dc.Context, switched);
                await dc.Context.SendActivityAsync(BotText.For(switched).LanguageSwitched, cancellationToken: cancellationToken);
                await ConversationSteps.AskAgainAsync(dc, cancellationToken);
                return;

            case Interruption.ShowPlan:
                await SavedPlanRecall.SendLastAsync(plans, dc, texts, profile, _places.Of(dc, recognized).Kind == ConversationPlaceKind.GuideQuestion, text!, cancellationToken);
                return;

            case Interruption.Help:
                await dc.Context.SendActivityAsync(texts.Help, cancellationToken: cancellationToken);
                await ConversationSteps.RepromptOrStartMenuAsync(dc, cancellationToken);
                return;

            case Interruption.Cancel when dc.Stack.Count > 1:
                // A guide stacked on a waiting one: leave it, and the one below resumes with its answers.
                await dc.Context.SendActivityAsync(texts.Cancelled, cancellationToken: cancellationToken);
                await dc.EndDialogAsync(cancellationToken: cancellationToken);
                return;

            case Interruption.Cancel:
                var leftAGuide = !ConversationPlaces.IsAtMainMenu(dc);
                await dc.CancelAllDialogsAsync(cancellationToken);
                if (leftAGuide)
                {
                    await dc.Context.SendActivityAsync(texts.Cancelled, cancellationToken: cancellationToken);
                }

                await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
                return;

            case Interruption.Thanks:
                // After a result or at the menu the conversation is done: the menu follows. Inside a guide it waits on.
                await dc.Context.SendActivityAsync(texts.YouAreWelcome, cancellationToken: cancellationToken);
                if (dc.ActiveLeafDialog is GuideFollowUpPrompt || ConversationPlaces.IsAtMainMenu(dc) || dc.ActiveDialog is null)
                {
                    await dc.CancelAllDialogsAsync(cancellationToken);
                    await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
                }
                else
                {
                    await ConversationSteps.AskAgainAsync(dc, cancellationToken);
                }

                return;

            case Interruption.Goodbye:
                // "got it thx, bye for now", "谢谢，剩下的我们先自己弄": a short goodbye, never the menu again. After a result, at
                // the menu or at "another question?" the conversation is over and the next message starts from the menu;
                // inside a guide its place is kept for when the user comes back, without asking the question again now.
                var keepsPlace = dc.ActiveDialog is not null && !ConversationPlaces.IsAtMainMenu(dc) && dc.ActiveLeafDialog is not GuideFollowUpPrompt
                    && !dc.ActiveDialogIds.Contains(DialogIds.AskQuestion);
                await dc.Context.SendActivityAsync(keepsPlace ? texts.GoodbyeKeepsPlace : texts.Goodbye, cancellationToken: cancellationToken);
                if (!keepsPlace)
                {
                    await dc.CancelAllDialogsAsync(cancellationToken);
                }

                return;

            case Interruption.Back:
                if (!await dc.GoBackAsync(cancellationToken))
                {
                    await dc.Context.SendActivityAsync(texts.NothingToGoBack, cancellationToken: cancellationToken);
                    await ConversationSteps.RepromptOrStartMenuAsync(dc, cancellationToken);
                }

                return;
        }

        // "More…" under an answer: the rest of that answer; the waiting question stays. A typed "more" counts only
        // where no guide step could mean it (a playbook step has its own "more detail").
        var typedMoreAllowed = dc.ActiveDialog is null || ConversationPlaces.IsAtMainMenu(dc) || dc.ActiveDialogIds.Contains(DialogIds.AskQuestion);
        if (await answerer.TryAnswerMoreAsync(dc.Context, typedMoreAllowed ? text : null, cancellationToken))
        {
            return;
        }

        if (isCardSubmit && await UnknownButton.TrySayAsync(dc, profile.KnownLanguage(), cancellationToken))
        {
            return;
        }

        if (isCardSubmit || string.IsNullOrEmpty(text))
        {
            await ConversationSteps.ContinueAsync(dc, cancellationToken);
            return;
        }

        var place = _places.Of(dc, recognized) with { FollowsAQuestion = askedAside };

        // "right, back to the parcel", "评估以后再做，先把物流弄完": the running guide, or the one below a detour, asked for again.
        if (await GoingBackToAGuide.TryAsync(dc, place, text, cancellationToken))
        {
            return;
        }

        var (taskPlace, understanding) = Understand(place, recognized, text, dc.Context.Activity.Locale);
        recognized = understanding.Message;
        understanding.Attach(dc.Context);
        profile.Note(understanding);
        LogPurpose(logger, understanding.Purpose, place.Kind, dc.Context.Activity.Conversation?.Id ?? "(none)");
        if (await SavedPlanRecall.TryWhatIfAsync(plans, dc, place, recalledPlan, recalledPlan is null ? null : _places.RunningGuide(recalledPlan), recognized, cancellationToken))
        {
            return;
        }

        // "how much does that cost?", "德国呢" right after a side question: that question followed up, which the bot says.
        profile.AskedAside = understanding.Purpose == MessagePurpose.Question ? true : null;
        var asIs = false;
        if (askedAside && await SideQuestionFollowUps.ReadAsync(dc, answerer, recognizer, profile, understanding, asideQuestion, cancellationToken) is { } followUp)
        {
            (text, recognized, asIs) = (followUp.Text, followUp, true);
            understanding = new TurnUnderstanding(recognized, MessagePurpose.Question);
            understanding.Attach(dc.Context);
            profile.AskedAside = true;
        }

        profile.AsideQuestion = profile.AskedAside == true ? text : null;

        switch (understanding.Purpose)
        {
            case MessagePurpose.PlanRecall:
                await SavedPlanRecall.SendLastAsync(plans, dc, texts, profile, place.Kind == ConversationPlaceKind.GuideQuestion, text, cancellationToken);
                return;

            case MessagePurpose.Greeting when ConversationPlaces.IsAtMainMenu(dc):
                // "hi" with the menu waiting just above (right after the welcome, say): a short hello pointing at it, not
                // the whole menu once more.
                await dc.Context.SendActivityAsync(texts.HelloAgain, cancellationToken: cancellationToken);
                return;

            case MessagePurpose.Acknowledgement:
                // "ok", "好的👌" after a result: nothing more is asked, so the result is done and the menu follows.
                await dc.CancelAllDialogsAsync(cancellationToken);
                await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
                return;

            case MessagePurpose.Greeting:
                // "hi" with no menu waiting is not a wrong answer: show the menu without counting a failed attempt.
                await ConversationSteps.RepromptOrStartMenuAsync(dc, cancellationToken);
                return;

            case MessagePurpose.Question when place.Kind == ConversationPlaceKind.Menu:
                // At the menu a question opens "ask a question": answered at once, then "another question?".
                await ConversationSteps.StartGuideAsync(dc, place, IntentNames.AskKnowledge, recognized, cancellationToken, described: true);
                return;

            case MessagePurpose.Question when place.Kind == ConversationPlaceKind.GuideQuestion && !asIs && await AnswerThenTakeAsync(dc, place, text, profile, cancellationToken):
                return;

            case MessagePurpose.Question:
                await AnswerQuestionAsync(dc, text, profile, place, cancellationToken, asIs);
                return;

            case MessagePurpose.QuestionForTheResult:
                // "为什么不用海运" for a 2 kg parcel: a why-not about an option the answers so far already rule out is said to be
                // ruled out, and why; any other question about the outcome ("is express going to be much faster?") waits for
                // the result.
                await dc.Context.SendActivityAsync(
                    (MessageCues.IsWhy(text) ? WhyNotNamed(dc, place, text, profile.KnownLanguage()) : null) ?? BotText.For(profile.KnownLanguage()).AnsweredWithTheResult,
                    cancellationToken: cancellationToken);
                await ConversationSteps.AskAgainAsync(dc, cancellationToken);
                return;

            case MessagePurpose.ProblemReport:
                await ConversationSteps.StartGuideAsync(dc, place, IntentNames.FixIssue, recognized, cancellationToken, described: true);
                return;

            case MessagePurpose.NewTask:
                await ConversationSteps.StartGuideAsync(dc, place, MessageArbiter.TaskIntent(taskPlace, recognized), recognized, cancellationToken);
                return;

            case MessagePurpose.AboutResult:
                await ConversationSteps.ContinueAsync(dc, cancellationToken);
                if (understanding.Declined)
                {
                    await AnswerQuestionAsync(dc, text, profile, place, cancellationToken);
                }

                return;

            default:
                if (dc.ActiveDialog is null)
                {
                    await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
                    return;
                }

                await StackedGuideDetour.ContinueAsync(dc, place, understanding, () => ConversationSteps.ContinueAsync(dc, cancellationToken), cancellationToken);
                return;
        }
    }

    /// <summary>
    /// What the message is for. A request after words that drop the current guide ("never mind that, …") is read on its
    /// own when it asks for another guide or tells a problem: then it is the message, and the place to find its task is
    /// the menu's.
    /// </summary>
    private (ConversationPlace TaskPlace, TurnUnderstanding Understanding) Understand(ConversationPlace place, RecognizedMessage recognized, string text, string? locale)
    {
        if (DroppedRequest.Of(place, text) is { } rest)
        {
            var request = recognizer.Understand(rest, locale);
            var menu = _places.AtMenu(request);
            if (DroppedRequest.Decide(place, menu, request) is { } purpose)
            {
                return (menu, new TurnUnderstanding(request, purpose));
            }
        }

        return (place, new TurnUnderstanding(recognized, MessageArbiter.Decide(place, recognized)));
    }

    /// <summary>
    /// Answers the question (<paramref name="asIs"/>: already completed with the topic it points back to), then asks again
    /// whatever was waiting, in the language of this turn. Inside a guide "I don't know that yet" offers no guide: one is running.
    /// </summary>
    private async Task AnswerQuestionAsync(DialogContext dc, string text, ConversationProfile profile, ConversationPlace place, CancellationToken cancellationToken, bool asIs = false)
    {
        var language = profile.KnownLanguage();
        var offerGuides = place.Kind is ConversationPlaceKind.Menu or ConversationPlaceKind.Result;
        // A follow-up already completed with its topic keeps the guide's place ("那大概是多少个点？" in a shipment to France),
        // but not a playbook's name: the topic is what it points back to.
        if (asIs && place.AtPlaybookStep)
        {
            await answerer.AnswerAsync(dc.Context, text, language, offerGuides, cancellationToken);
        }
        else
        {
            await GuideQuestionContext.AnswerAsync(answerer, dc, place.GuideId, _places.RunningGuide(place.GuideId), text, language, ProductWords(dc, profile), offerGuides, cancellationToken);
        }

        if (place.Kind == ConversationPlaceKind.Menu)
        {
            return;
        }

        await dc.Context.SendActivityAsync(BotText.For(language).QuestionAnsweredResume, cancellationToken: cancellationToken);
        await ConversationSteps.AskAgainAsync(dc, cancellationToken);
    }

    /// <summary>"australia - btw do they charge GST?": the question is answered, then the guide takes the answering part.
    /// False (nothing sent) when no part of the message gives the running guide an answer.</summary>
    private async Task<bool> AnswerThenTakeAsync(DialogContext dc, ConversationPlace place, string text, ConversationProfile profile, CancellationToken cancellationToken)
    {
        var parts = MessageCues.SplitAnswerAndQuestion(text);
        var answer = parts is null ? null : recognizer.Understand(parts.Value.Answer, dc.Context.Activity.Locale);
        // At a playbook step the statement beside a question ("can i file a counter notice? we designed it in 2022") is its
        // background, not the step done, unless it says done or going on and not long ago ("our logo was registered in 2021").
        if (parts is not { } split || answer is null || _places.RunningGuide(place.GuideId) is not ISlotGuide guide || !guide.Reads(answer)
            || (place.AtPlaybookStep && ((!GoAheadCues.ReportsItDone(split.Answer) && !GoAheadCues.AsksToGoOn(split.Answer)) || GoAheadCues.TellsLongAgo(split.Answer))))
        {
            return false;
        }

        var language = profile.KnownLanguage();
        // "耳机里有锂电池，这个有影响吗": a question pointing back is asked about what the answer said.
        await GuideQuestionContext.AnswerAsync(answerer, dc, place.GuideId, guide as Dialog, MessageCues.AboutTheAnswer(split.Answer, split.Question), language, ProductWords(dc, profile), offerGuides: false, cancellationToken);
        await dc.Context.SendActivityAsync(BotText.For(language).QuestionAnsweredResume, cancellationToken: cancellationToken);
        dc.Context.Activity.Text = split.Answer;
        new TurnUnderstanding(answer, MessagePurpose.Answer).Attach(dc.Context);
        await ConversationSteps.ContinueAsync(dc, cancellationToken);
        return true;
    }

    /// <summary>Why an option the running guide's answers so far rule out does not fit, when the question names one.</summary>
    private string? WhyNotNamed(DialogContext dc, ConversationPlace place, string text, BotLanguage language) =>
        place.GuideId is { } guideId && _places.RunningGuide(guideId) is ISlotGuide guide && dc.ContextOf(guideId) is { } guideContext
            ? guide.WhyNotNamed(guideContext, text, language)
            : null;

    /// <summary>The user's own words for a product category, from the last message of the conversation that named it.</summary>
    private Func<string, string?> ProductWords(DialogContext dc, ConversationProfile profile) =>
        categoryId => profile.WordsFor(categoryId, said => recognizer.Understand(said, dc.Context.Activity.Locale));

    [LoggerMessage(EventId = LogEventIds.ConversationRouterPurpose, Level = LogLevel.Debug, Message = "Message taken as {Purpose} at {Place} in conversation {ConversationId}")]
    private static partial void LogPurpose(ILogger logger, MessagePurpose purpose, ConversationPlaceKind place, string conversationId);

    [LoggerMessage(EventId = LogEventIds.ConversationRouterDialogStateMismatch, Level = LogLevel.Warning, Message = "Persisted dialog {DialogId} no longer matches the bot in conversation {ConversationId}; starting fresh")]
    private static partial void LogDialogStateMismatch(ILogger logger, string dialogId, string conversationId);
}
