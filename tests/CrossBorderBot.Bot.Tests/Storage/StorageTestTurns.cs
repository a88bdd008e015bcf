using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Storage;

/// <summary>Turn contexts for state tests: enough of a message for <c>BotState</c> to find its storage keys.</summary>
public static class StorageTestTurns
{
    /// <summary>A message turn on channel <c>test</c>, so state keys are <c>test/conversations/{id}</c> and <c>test/users/{id}</c>.</summary>
    public static ITurnContext NewTurn(string conversationId, string userId = "user-1") =>
        new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message)
        {
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount(userId),
            Recipient = new ChannelAccount("bot"),
            Text = "hi",
        });
}
