using CrossBorderBot.Answers;
using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Plans;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// State read and written by the System.Text.Json state codec: documents the bot stored before (today's format, typed
/// guide answers, the readiness answers' old dictionary shape) load as the same objects, a turn that changes nothing
/// does not rewrite them, and what the codec writes is the text Json.NET's state serializer writes for the same state.
/// </summary>
public sealed class StateDocumentCompatibilityTests : IDisposable
{
    private readonly StorageTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TodaysConversationLoadsItsDialogStackTypedGuideAnswersAndProfile()
    {
        await _database.InsertRowAsync(StoredStateSamples.ConversationKey, StoredStateSamples.LogisticsConversation);
        var store = OpenStore();
        var state = TrackedBotState.Conversation(store, store);
        var turn = NewTurn();

        var stack = await state.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(turn, () => null!, CancellationToken.None);
        var profile = await state.CreateProperty<ConversationProfile>(nameof(ConversationProfile)).GetAsync(turn, () => null!, CancellationToken.None);

        Assert.Equal("en", profile.Language);
        Assert.True(profile.Welcomed);
        var menu = Assert.Single(stack.DialogStack);
        var inMenu = menu.State.StackAt("dialogs").DialogStack;
        Assert.Equal(["main-menu.steps", "guide-logistics"], inMenu.Select(instance => instance.Id));
        var inGuide = inMenu[1].State.StackAt("dialogs").DialogStack;
        Assert.Equal(["guide-logistics.steps", "guide-logistics.urgency"], inGuide.Select(instance => instance.Id));
        Assert.Equal(10, inGuide[0].Version);
        Assert.Equal(5, inGuide[0].GetValue<int>("stepIndex"));
        var answers = GuideAnswers<LogisticsAnswers>.Plain(() => new LogisticsAnswers()).Of(new DialogValues(inGuide[0].State.MapAt("values")));
        Assert.Equal(2m, answers.WeightKg);
        Assert.Equal(60m, answers.ValueAmount);
        Assert.Equal("USD", answers.ValueCurrency);
        Assert.Equal("de", answers.Destination);
        Assert.Equal(30m, answers.Size!.LengthCm);
        var prompt = inGuide[1].GetValue<CrossBorderBot.Dialogs.Prompts.PromptOptions>("options")!;
        Assert.Equal(["economy", "standard", "fast"], prompt.Choices.Select(choice => choice.Value));
        Assert.Equal("How fast must it arrive?", prompt.Prompt!.Text);
    }

    [Fact]
    public async Task TodaysSavedPlanLoadsTyped()
    {
        await _database.InsertRowAsync(StoredStateSamples.UserKey, StoredStateSamples.UserWithPlan);
        var store = OpenStore();
        var state = TrackedBotState.User(store, store);

        var saved = await state.CreateProperty<SavedPlans>(nameof(SavedPlans)).GetAsync(NewTurn(), () => null!, CancellationToken.None);

        var plan = Assert.Single(saved.Plans);
        Assert.Equal("Logistics plan: 2 kg of shoes to Germany", plan.Title);
        Assert.Equal("guide-logistics", plan.GuideId);
        Assert.Equal("Your answers", plan.Sections[0].Heading);
        Assert.Contains("Destination: Germany", plan.Sections[0].Lines);
    }

    [Fact]
    public async Task ATurnThatChangesNothingDoesNotRewriteTodaysState()
    {
        await _database.InsertRowAsync(StoredStateSamples.ConversationKey, StoredStateSamples.LogisticsConversation);
        await _database.InsertRowAsync(StoredStateSamples.UserKey, StoredStateSamples.UserWithPlan);
        var store = OpenStore();
        var conversation = TrackedBotState.Conversation(store, store);
        var user = TrackedBotState.User(store, store);
        var turn = NewTurn();

        // Every value is read (so every one is written back through the codec), nothing is changed.
        await conversation.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(turn, () => null!, CancellationToken.None);
        await conversation.CreateProperty<ConversationProfile>(nameof(ConversationProfile)).GetAsync(turn, () => null!, CancellationToken.None);
        await user.CreateProperty<SavedPlans>(nameof(SavedPlans)).GetAsync(turn, () => null!, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation, user], force: false, CancellationToken.None);

        Assert.Equal(ETagOf(StoredStateSamples.LogisticsConversation), await StoredETagAsync(StoredStateSamples.ConversationKey));
        Assert.Equal(ETagOf(StoredStateSamples.UserWithPlan), await StoredETagAsync(StoredStateSamples.UserKey));
    }

    [Fact]
    public async Task ChangedStateIsWrittenAsJsonNetWritesItAndReadsBackThroughTheSdk()
    {
        await _database.InsertRowAsync(StoredStateSamples.ConversationKey, StoredStateSamples.LogisticsConversation);
        var store = OpenStore();
        var conversation = TrackedBotState.Conversation(store, store);
        var turn = NewTurn();
        var stack = await conversation.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(turn, () => null!, CancellationToken.None);
        stack.DialogStack[0].SetValue("attempts", 2);
        await conversation.CreateProperty<LastAnsweredQuestion>(nameof(LastAnsweredQuestion))
            .SetAsync(turn, new LastAnsweredQuestion { Question = "德国增值税是多少?", Language = "zh-CN" }, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation], force: false, CancellationToken.None);

        var written = await StoredDocumentAsync(StoredStateSamples.ConversationKey);
        Assert.NotEqual(ETagOf(StoredStateSamples.LogisticsConversation), await StoredETagAsync(StoredStateSamples.ConversationKey));

        // The SDK's path (Json.NET) reads it as typed objects, and Json.NET writes those objects as the same text.
        var read = (Dictionary<string, object>)(await store.ReadAsync([StoredStateSamples.ConversationKey], CancellationToken.None))[StoredStateSamples.ConversationKey];
        Assert.Equal("德国增值税是多少?", Assert.IsType<LastAnsweredQuestion>(read[nameof(LastAnsweredQuestion)]).Question);
        Assert.Equal(2, Assert.IsType<DialogState>(read[nameof(DialogState)]).DialogStack[0].GetValue<int>("attempts"));
        read.Remove(BotStateJson.ETagProperty);
        Assert.Equal(written, BotStateJson.Serialize(read, BotStateJson.CreateStoreSerializer()));
    }

    [Fact]
    public async Task ReadinessAnswersKeptInTheOldDictionaryShapeStillLoad()
    {
        const string Saved = """
            {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","DialogState":{"$type":"CrossBorderBot.Dialogs.DialogState, CrossBorderBot","dialogStack":[{"id":"guide-readiness.steps","version":4,"state":{"values":{"answers":{"experience":"none","budget":5000,"share":0.5}},"stepIndex":2}}]},"eTag":"e1"}
            """;
        await _database.InsertRowAsync(StoredStateSamples.ConversationKey, Saved, "e1");
        var store = OpenStore();
        var state = TrackedBotState.Conversation(store, store);

        var stack = await state.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(NewTurn(), () => null!, CancellationToken.None);

        var answers = new GuideAnswers<ReadinessAnswers>(ReadinessAnswers.FromStored).Of(new DialogValues(stack.DialogStack[0].State.MapAt("values")));
        Assert.Equal(3, answers.Count);
        Assert.Equal("none", answers.Of("experience"));
        Assert.Equal("5000", answers.Of("budget"));
        Assert.Equal("0.5", answers.Of("share"));
    }

    [Fact]
    public async Task AValueNamingAnUntrustedTypeIsRefusedWhenTheStateIsLoaded()
    {
        const string Tampered = """
            {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","Gadget":{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start"},"eTag":"e1"}
            """;
        await _database.InsertRowAsync(StoredStateSamples.ConversationKey, Tampered, "e1");
        var store = OpenStore();
        var state = TrackedBotState.Conversation(store, store);

        var failure = await Assert.ThrowsAsync<StorageReadException>(() => state.LoadAsync(NewTurn(), force: false, CancellationToken.None));

        Assert.Equal(StoredStateSamples.ConversationKey, failure.Key);
        Assert.Contains("PresentationFramework", failure.InnerException!.Message);
    }

    [Fact]
    public async Task TheBoundedMemoryStoreReadsTodaysStateAndDoesNotRewriteItUnchanged()
    {
        var store = new BoundedMemoryStorage();
        await store.WriteAsync(new Dictionary<string, object> { [StoredStateSamples.ConversationKey] = JObject.Parse(StoredStateSamples.LogisticsConversation) }, CancellationToken.None);
        var before = await store.ReadStateAsync(StoredStateSamples.ConversationKey, CancellationToken.None);
        var conversation = TrackedBotState.Conversation(store, store);
        var turn = NewTurn();

        var stack = await conversation.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(turn, () => null!, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [conversation], force: false, CancellationToken.None);

        Assert.Equal("main-menu", Assert.Single(stack.DialogStack).Id);
        Assert.Equal(before!.ETag, (await store.ReadStateAsync(StoredStateSamples.ConversationKey, CancellationToken.None))!.ETag);
    }

    private static ITurnContext NewTurn() =>
        new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message)
        {
            ChannelId = "terminal",
            Conversation = new ConversationAccount { Id = "mid" },
            From = new ChannelAccount("root"),
            Recipient = new ChannelAccount("bot"),
            Text = "standard",
        });

    private static string ETagOf(string document) => (string)JObject.Parse(document)["eTag"]!;

    private SqliteStorage OpenStore() => _database.OpenStore();

    private Task<string> StoredETagAsync(string key) => _database.ReadColumnAsync("etag", key);

    private async Task<string> StoredDocumentAsync(string key)
    {
        var document = await _database.ReadColumnAsync("document", key);
        return BotStateJson.BodyWithoutETag(document, await StoredETagAsync(key))!;
    }
}
