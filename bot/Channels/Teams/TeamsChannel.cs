using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Conversation;
using CrossBorderBot.Storage;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// What the bot does differently in Microsoft Teams, plugged into the core handler as its
/// <see cref="IChannelTurnHooks"/> by <c>AddTeamsChannel</c>: messages in group chats and channels only when the bot
/// is @mentioned; question buttons as Universal Actions when configured; <c>Action.Execute</c> run as a submit and
/// answered with the updated card; welcome only when the bot itself is added; the knowledge search of the message
/// extension. Clicks on older question cards are judged before, for every card channel, by <see cref="StaleCardClicks"/>.
/// </summary>
public sealed partial class TeamsChannel(
    QuestionCardStamps stamps,
    StaleCardClicks staleClicks,
    TeamsKnowledgeSearchExtension searchExtension,
    ConversationRouter router,
    IStatePropertyAccessor<ConversationProfile> profileAccessor,
    BotStates states,
    IOptions<TeamsOptions> options,
    ILogger<TeamsChannel> logger) : IChannelTurnHooks
{
    /// <summary>The invokes answered here on any channel, as the Emulator and Web Chat can send them too.</summary>
    private static readonly IReadOnlySet<string> AnsweredInvokes = new HashSet<string>(StringComparer.Ordinal) { "adaptiveCard/action", "composeExtension/query" };

    private TeamsInvokeDispatcher? _invokes;

    /// <summary>True for activities from Teams; the others go through the bot unchanged.</summary>
    public static bool Handles(IActivity activity) => TeamsConversationKind.IsTeams(activity);

    /// <summary>With Universal Actions on, the question buttons of a Teams turn become <c>Action.Execute</c>.</summary>
    public void OnTurnStarting(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Handles(turnContext.Activity) && options.Value.UniversalActions)
        {
            TeamsUniversalActions.Use(turnContext);
        }
    }

    public async Task<bool> TryHandleMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = turnContext.Activity;
        if (!Handles(message))
        {
            return false;
        }

        if (!TeamsMentionGate.Admit(message))
        {
            // Group chats and channels: people talking to each other, not to the bot.
            LogNotAddressed(logger, message.Conversation?.Id ?? "(none)");
            return true;
        }

        await router.HandleMessageAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Welcomes when the bot itself is among the members added (install in a team, group chat or personal scope).
    /// Users joining a team later are not greeted one by one; the router's welcome flag keeps it to once anyway.
    /// </summary>
    public async Task<bool> TryHandleConversationUpdateAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!Handles(turnContext.Activity))
        {
            return false;
        }

        var botId = turnContext.Activity.Recipient?.Id;
        var botAdded = turnContext.Activity.MembersAdded?.Any(member => member is not null && string.Equals(member.Id, botId, StringComparison.OrdinalIgnoreCase)) == true;
        if (botAdded)
        {
            await router.WelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Every invoke from Teams, and the card actions and searches any channel sends.</summary>
    public async Task<InvokeResponse?> TryAnswerInvokeAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Handles(turnContext.Activity) || AnsweredInvokes.Contains(turnContext.Activity.Name ?? string.Empty)
            ? await (_invokes ??= new TeamsInvokeDispatcher(this)).AnswerAsync(turnContext, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// <c>Action.Execute</c>: the button's data is the answer, exactly as if it had been submitted. A question card's
    /// invoke is answered with the card to show in its place: the chosen option without buttons, or a note that the
    /// question expired; any other button's with "done", its replies being in the chat. Never fails the invoke: Teams
    /// would show "Something went wrong".
    /// </summary>
    internal async Task<AdaptiveCardInvokeResponse> OnCardActionAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(invokeValue);
        var profile = await profileAccessor.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        var text = TeamsText.For(profile.KnownLanguage(TurnLanguage.Of(turnContext)));
        // The alert buttons are answered before the bot (AlertCommandBot) and never get here.
        var verb = invokeValue.Action?.Verb;
        if (verb is null || !ReplyVerbs.AnsweredByConversation.Contains(verb))
        {
            LogUnknownVerb(logger, verb ?? "(none)", turnContext.Activity.Conversation?.Id ?? "(none)");
            return CardActionInvoke.Message(text.UnknownAction);
        }

        var data = QuestionCardStamps.SubmitData(invokeValue.Action!.Data) ?? [];
        data[ReplySubmitData.VerbKey] = verb;
        var submit = new TeamsMessageTurnContext(turnContext, data);
        try
        {
            var (freshness, clicked) = await stamps.CheckAsync(submit, data, turnContext.Activity.ReplyToId, cancellationToken).ConfigureAwait(false);
            if (freshness == QuestionCardFreshness.Expired)
            {
                await staleClicks.SayExpiredAndRepromptAsync(submit, cancellationToken).ConfigureAwait(false);
                return CardActionInvoke.Card(TeamsCards.Expired(clicked?.Question, text));
            }

            await router.HandleMessageAsync(submit, cancellationToken).ConfigureAwait(false);
            if (!ReplyVerbs.IsChoice(verb))
            {
                return CardActionInvoke.Done(TurnLanguage.Of(submit.Activity));
            }

            var value = ReplySubmitData.Text(data[ChoiceSetBlock.ValueKey]) ?? string.Empty;
            var title = clicked?.Options.GetValueOrDefault(value) ?? value;
            return CardActionInvoke.Card(TeamsCards.Chosen(clicked?.Question, title, text));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Drop what the failed turn changed, so the user is still at the question they were answering.
            LogCardActionFailed(logger, exception, turnContext.Activity.Conversation?.Id ?? "(none)");
            await states.Conversation.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
            return CardActionInvoke.Message(text.ActionFailed);
        }
    }

    /// <summary>The compose box's knowledge search; a failure is answered with a message, never a failed invoke.</summary>
    internal async Task<MessagingExtensionResponse> OnSearchAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            return await searchExtension.QueryAsync(turnContext, query, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSearchFailed(logger, exception, turnContext.Activity.Conversation?.Id ?? "(none)");
            var text = TeamsText.For(TurnLanguage.Of(turnContext));
            return new MessagingExtensionResponse { ComposeExtension = new MessagingExtensionResult { Type = "message", Text = text.SearchFailed } };
        }
    }

    [LoggerMessage(EventId = LogEventIds.TeamsNotAddressed, Level = LogLevel.Debug, Message = "Teams message in {ConversationId} does not mention the bot; not answered")]
    private static partial void LogNotAddressed(ILogger logger, string conversationId);

    [LoggerMessage(EventId = LogEventIds.TeamsUnknownVerb, Level = LogLevel.Warning, Message = "Action.Execute with unknown verb {Verb} in {ConversationId}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb, string conversationId);

    [LoggerMessage(EventId = LogEventIds.TeamsSearchFailed, Level = LogLevel.Error, Message = "Knowledge search of the message extension failed in {ConversationId}")]
    private static partial void LogSearchFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = LogEventIds.TeamsCardActionFailed, Level = LogLevel.Error, Message = "Action.Execute failed in {ConversationId}; state of the turn dropped")]
    private static partial void LogCardActionFailed(ILogger logger, Exception exception, string conversationId);
}
