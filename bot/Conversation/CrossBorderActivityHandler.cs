using CrossBorderBot.Storage;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The one bot behind every door. Each turn: wait for the conversation's previous turn to finish, handle the
/// activity, then save conversation and user state. State is saved only when the turn succeeds, so a failure leaves
/// the user at the question they were answering. Channels with their own rules (Teams) plug in through
/// <see cref="IChannelTurnHooks"/>; everything they do not claim goes to the <see cref="ConversationRouter"/>.
/// </summary>
public sealed partial class CrossBorderActivityHandler(
    BotStates states,
    ConversationTurnGate turnGate,
    ConversationRouter router,
    ILogger<CrossBorderActivityHandler> logger,
    IEnumerable<IChannelTurnHooks> channels) : ActivityHandler
{
    private readonly IChannelTurnHooks[] _channels = [.. channels];

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var conversationId = turnContext.Activity.Conversation?.Id ?? string.Empty;
        await using var turn = await turnGate.EnterAsync(conversationId, cancellationToken);
        foreach (var channel in _channels)
        {
            channel.OnTurnStarting(turnContext);
        }

        try
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }
        catch (StorageReadException exception)
        {
            // The stored state of this conversation cannot be read: drop it, apologise, and handle the turn afresh.
            LogUnreadableState(logger, exception, conversationId);
            await states.Conversation.DeleteAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(BotText.For(TurnLanguage.Of(turnContext)).StateLost, cancellationToken: cancellationToken);
            await base.OnTurnAsync(turnContext, cancellationToken);
        }

        // One store write for both scopes where the store allows it, completed before the turn's replies go out.
        await TurnStateWriter.SaveAsync(turnContext, [states.Conversation, states.User], force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var channel in _channels)
        {
            if (await channel.TryHandleMessageAsync(turnContext, cancellationToken))
            {
                return;
            }
        }

        await router.HandleMessageAsync(turnContext, cancellationToken);
    }

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var channel in _channels)
        {
            if (await channel.TryHandleConversationUpdateAsync(turnContext, cancellationToken))
            {
                return;
            }
        }

        await base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var channel in _channels)
        {
            if (await channel.TryAnswerInvokeAsync(turnContext, cancellationToken) is { } response)
            {
                return response;
            }
        }

        return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
    }

    /// <summary>Web Chat and the Emulator announce the user joining.</summary>
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => membersAdded.Count > 0 ? router.WelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => router.WelcomeAsync(turnContext, cancellationToken);

    [LoggerMessage(EventId = LogEventIds.ConversationHandlerUnreadableState, Level = LogLevel.Warning, Message = "Conversation state of {ConversationId} could not be read; it was reset")]
    private static partial void LogUnreadableState(ILogger logger, Exception exception, string conversationId);
}
