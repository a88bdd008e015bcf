namespace CrossBorderBot.Storage;

/// <summary>
/// The bot's two state scopes over its one store, registered together by <c>AddBotStorage</c>: the conversation's
/// (dialog stack, profile, last answer) and the user's (saved plans). Each is a <see cref="TrackedBotState"/> where the
/// store hands out state text (every provider of this project), else the SDK's <see cref="ConversationState"/> or
/// <see cref="UserState"/>.
/// </summary>
/// <param name="Conversation">State kept per conversation.</param>
/// <param name="User">State kept per user, across conversations on one channel.</param>
public sealed record BotStates(BotState Conversation, BotState User)
{
    /// <summary>The scopes over <paramref name="storage"/>: tracked when it hands out state text.</summary>
    public static BotStates Over(IStorage storage) =>
        storage is IBotStateDocumentStore documents
            ? new(TrackedBotState.Conversation(storage, documents), TrackedBotState.User(storage, documents))
            : new(new ConversationState(storage), new UserState(storage));
}
