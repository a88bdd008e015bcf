namespace CrossBorderBot.Conversation;

/// <summary>
/// A channel's own handling of the activities it owns, registered by that channel's <c>AddXxx</c> (Teams:
/// <c>AddTeamsChannel</c>). <see cref="CrossBorderActivityHandler"/> knows only this contract, so the core depends on
/// no channel; a channel that needs the conversation calls <see cref="ConversationRouter"/> itself.
/// </summary>
public interface IChannelTurnHooks
{
    /// <summary>Called once at the start of every turn, inside the conversation's turn gate.</summary>
    void OnTurnStarting(ITurnContext turnContext);

    /// <summary>Handles a message the channel owns; false leaves it to the router.</summary>
    Task<bool> TryHandleMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken);

    /// <summary>Handles a conversation update the channel owns; false leaves it to the core (welcome on members added).</summary>
    Task<bool> TryHandleConversationUpdateAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken);

    /// <summary>Answers an invoke the channel owns; null leaves it to the core (which answers 501 to unknown invokes).</summary>
    Task<InvokeResponse?> TryAnswerInvokeAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken);
}
