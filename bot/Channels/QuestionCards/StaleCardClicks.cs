using CrossBorderBot.Channels.Slack;
using CrossBorderBot.Conversation;

namespace CrossBorderBot.Channels.QuestionCards;

/// <summary>
/// Clicks on older question cards, in every client that keeps old cards clickable: the question cards a turn sends are
/// stamped and remembered (<see cref="QuestionCardStamps"/>), and a click on the card of another question than the one
/// waiting is said to be so, with the waiting question asked again, instead of being read as its answer. Plugged into
/// the core handler as an <see cref="IChannelTurnHooks"/> by each door's <c>AddXxx</c>, ahead of a channel's own hooks.
/// </summary>
public sealed partial class StaleCardClicks(
    QuestionCardStamps stamps,
    ConversationRouter router,
    IStatePropertyAccessor<ConversationProfile> profileAccessor,
    ILogger<StaleCardClicks> logger) : IChannelTurnHooks
{
    /// <summary>
    /// True where the question cards a turn sends are recorded and clicks on old ones are judged: the channels whose
    /// clients keep old cards clickable (<see cref="ReplyChannels.KeepsOldCardsClickable"/>: Teams, Web Chat, the
    /// Emulator), and native Slack, whose old messages keep their buttons too (its question messages are known by their
    /// <c>ts</c>, which a click carries as <c>replyToId</c>). Slack through Azure Bot Service is left out: its message
    /// ids are the service's, not the ones a click would name.
    /// </summary>
    public static bool JudgesCardClicks(ITurnContext turnContext) =>
        ReplyChannels.KeepsOldCardsClickable(turnContext.Activity.ChannelId) || turnContext.Adapter is SlackAdapter;

    /// <summary>Starts stamping the question cards this turn sends.</summary>
    public void OnTurnStarting(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (JudgesCardClicks(turnContext))
        {
            stamps.Track(turnContext);
        }
    }

    /// <summary>A click on an older card of another question: said so, and the waiting question asked again.</summary>
    public async Task<bool> TryHandleMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = turnContext.Activity;
        if (!JudgesCardClicks(turnContext) || !QuestionCardStamps.IsCardSubmit(message) || QuestionCardStamps.SubmitData(message.Value) is not { } data)
        {
            return false;
        }

        var (freshness, _) = await stamps.CheckAsync(turnContext, data, message.ReplyToId, cancellationToken).ConfigureAwait(false);
        if (freshness != QuestionCardFreshness.Expired)
        {
            return false;
        }

        await SayExpiredAndRepromptAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task<bool> TryHandleConversationUpdateAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task<InvokeResponse?> TryAnswerInvokeAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    /// <summary>Says the clicked card belongs to an earlier question and asks the waiting question again.</summary>
    public async Task SayExpiredAndRepromptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var profile = await profileAccessor.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        var language = profile.KnownLanguage(TurnLanguage.Of(turnContext));
        TurnLanguage.Stamp(turnContext, language);
        LogExpiredCard(logger, turnContext.Activity.Conversation?.Id ?? "(none)");
        await turnContext.SendActivityAsync(QuestionCardText.For(language).CardExpired, cancellationToken: cancellationToken).ConfigureAwait(false);
        await router.RepromptAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = LogEventIds.StaleCardClick, Level = LogLevel.Information, Message = "Click on an expired question card in {ConversationId}; asking the waiting question again")]
    private static partial void LogExpiredCard(ILogger logger, string conversationId);
}
