using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// <see cref="TrackedBotState"/> writes its own storage keys for both scopes: they must stay the SDK's
/// <see cref="ConversationState"/> and <see cref="UserState"/> keys (stored state is found under them), with the same
/// turn-state names and the same refusal of an activity that lacks the key's parts.
/// </summary>
public sealed class TrackedBotStateKeyTests
{
    public static TheoryData<string> Scopes => ["conversation", "user"];

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task StateTheSdkScopeSavedIsReadUnderTheSameKeyAndTurnStateName(string scope)
    {
        var store = new BoundedMemoryStorage();
        var saving = StorageTestTurns.NewTurn("conversation-k", "user-k");
        var sdk = SdkScope(scope, store);
        await sdk.CreateProperty<string>("answer").SetAsync(saving, "saved by the SDK", CancellationToken.None);
        await sdk.SaveChangesAsync(saving, force: false, CancellationToken.None);

        var reading = StorageTestTurns.NewTurn("conversation-k", "user-k");
        var tracked = TrackedScope(scope, store);
        var answer = await tracked.CreateProperty<string>("answer").GetAsync(reading, () => "not found", CancellationToken.None);

        Assert.Equal("saved by the SDK", answer);
        Assert.True(reading.TurnState.ContainsKey(sdk.GetType().Name));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task AnActivityWithoutTheKeysPartsIsRefusedAsTheSdkRefusesIt(string scope)
    {
        var store = new BoundedMemoryStorage();
        Activity[] lacking =
        [
            new(ActivityTypes.Message) { Conversation = new ConversationAccount { Id = "c" }, From = new ChannelAccount("u") },
            new(ActivityTypes.Message) { ChannelId = "test", From = new ChannelAccount("u") },
            new(ActivityTypes.Message) { ChannelId = "test", Conversation = new ConversationAccount { Id = "c" } },
        ];

        foreach (var activity in lacking)
        {
            var sdkError = await Record.ExceptionAsync(() => SdkScope(scope, store).LoadAsync(new TurnContext(new TestAdapter(), activity)));
            var trackedError = await Record.ExceptionAsync(() => TrackedScope(scope, store).LoadAsync(new TurnContext(new TestAdapter(), activity)));

            Assert.Equal(sdkError?.GetType(), trackedError?.GetType());
            Assert.Equal(sdkError?.Message, trackedError?.Message);
        }
    }

    private static BotState SdkScope(string scope, IStorage store) =>
        scope == "user" ? new UserState(store) : new ConversationState(store);

    private static TrackedBotState TrackedScope(string scope, BoundedMemoryStorage store) =>
        scope == "user" ? TrackedBotState.User(store, store) : TrackedBotState.Conversation(store, store);
}
