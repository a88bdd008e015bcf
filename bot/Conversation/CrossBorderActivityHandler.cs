using CrossBorderBot.Channels.Teams;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The one bot behind every door. Each turn: wait for the conversation's previous turn to finish, handle the
/// activity, then save conversation and user state. State is saved only when the turn succeeds, so a failure leaves
/// the user at the question they were answering.
/// </summary>
public sealed partial class CrossBorderActivityHandler(
    ConversationState conversationState,
    UserState userState,
    ConversationTurnGate turnGate,
    ConversationRouter router,
    ILogger<CrossBorderActivityHandler> logger,
    TeamsChannel? teams = null) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var conversationId = turnContext.Activity.Conversation?.Id ?? string.Empty;
        await using var turn = await turnGate.EnterAsync(conversationId, cancellationToken);
        teams?.Attach(turnContext);
        try
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }
        catch (StorageReadException exception)
        {
            // The stored state of this conversation cannot be read: drop it, apologise, and handle the turn afresh.
            LogUnreadableState(logger, exception, conversationId);
            await conversationState.DeleteAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(BotText.For(ReplyLanguage.FromLocale(turnContext.Activity.Locale)).StateLost, cancellationToken: cancellationToken);
            await base.OnTurnAsync(turnContext, cancellationToken);
        }

        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        => teams is not null && TeamsChannel.Handles(turnContext.Activity)
            ? teams.OnMessageAsync(turnContext, router.HandleMessageAsync, cancellationToken)
            : router.HandleMessageAsync(turnContext, cancellationToken);

    /// <summary>In Teams only the bot's own arrival is welcomed (and no member lookups are made for other members).</summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => teams is not null && TeamsChannel.Handles(turnContext.Activity)
            ? teams.OnConversationUpdateAsync(turnContext, router.WelcomeAsync, cancellationToken)
            : base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        => teams is not null
            ? teams.OnCardActionAsync(turnContext, invokeValue, router.HandleMessageAsync, cancellationToken)
            : base.OnAdaptiveCardInvokeAsync(turnContext, invokeValue, cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
        => teams is not null
            ? teams.OnSearchAsync(turnContext, query, cancellationToken)
            : base.OnTeamsMessagingExtensionQueryAsync(turnContext, query, cancellationToken);

    /// <summary>Web Chat and the Emulator announce the user joining; Teams announces the bot being added.</summary>
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => membersAdded.Count > 0 ? router.WelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => router.WelcomeAsync(turnContext, cancellationToken);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "Conversation state of {ConversationId} could not be read; it was reset")]
    private static partial void LogUnreadableState(ILogger logger, Exception exception, string conversationId);
}
