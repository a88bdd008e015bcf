using System.Text;
using System.Text.Json;
using CrossBorderBot.Plans;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// A user's state with its ten saved plans (~50 KB of JSON) is kept as UTF-8 from the serializer to the store: a save
/// compares and writes the bytes without making text of the state (which as a .NET string would be allocated on the
/// large-object heap several times a turn); state stored in today's format loads, an unchanged turn leaves it alone,
/// and a changed one is stored as the same text as before, which the SDK's own path still reads.
/// </summary>
public sealed class LargeUserStateTests : IDisposable
{
    private readonly StorageTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TodaysUserStateWithTenPlansLoadsAndAnUnchangedTurnDoesNotRewriteIt()
    {
        var stored = WithPlans(StoredStateSamples.UserWithPlan, SavedPlans.MaxPlans);
        await _database.InsertRowAsync(StoredStateSamples.UserKey, stored);
        var store = _database.OpenStore();
        var user = TrackedBotState.User(store, store);
        var turn = NewTurn();

        var saved = await user.CreateProperty<SavedPlans>(nameof(SavedPlans)).GetAsync(turn, () => null!, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [user], force: false, CancellationToken.None);

        Assert.Equal(SavedPlans.MaxPlans, saved.Plans.Count);
        Assert.All(saved.Plans, plan => Assert.Equal("Logistics plan: 2 kg of shoes to Germany", plan.Title));
        Assert.Equal(stored, await _database.ReadColumnAsync("document", StoredStateSamples.UserKey));
    }

    [Fact]
    public async Task ASavedPlanRewritesTheStateAsTheSameTextTheSdkPathReads()
    {
        await _database.InsertRowAsync(StoredStateSamples.UserKey, WithPlans(StoredStateSamples.UserWithPlan, SavedPlans.MaxPlans));
        var store = _database.OpenStore();
        var user = TrackedBotState.User(store, store);
        var turn = NewTurn();
        var saved = await user.CreateProperty<SavedPlans>(nameof(SavedPlans)).GetAsync(turn, () => null!, CancellationToken.None);
        saved.Plans.RemoveAt(0);
        saved.Plans.Add(saved.Plans[^1] with { Title = "Logistics plan: 3 kg of bags to France · 法国" });

        await TurnStateWriter.SaveAsync(turn, [user], force: false, CancellationToken.None);

        Assert.Equal("text", await _database.ReadColumnAsync("typeof(document)", StoredStateSamples.UserKey));
        var document = await _database.ReadColumnAsync("document", StoredStateSamples.UserKey);
        var read = (Dictionary<string, object>)(await store.ReadAsync([StoredStateSamples.UserKey], CancellationToken.None))[StoredStateSamples.UserKey];
        Assert.Equal("Logistics plan: 3 kg of bags to France · 法国", Assert.IsType<SavedPlans>(read[nameof(SavedPlans)]).Plans[^1].Title);
        Assert.Equal(document, BotStateJson.Serialize(read, BotStateJson.CreateStoreSerializer()));
    }

    [Fact]
    public async Task SavingALargeChangedStateMakesNoTextOfIt()
    {
        var store = new BoundedMemoryStorage();
        await store.WriteAsync(
            new Dictionary<string, object> { [StoredStateSamples.UserKey] = JObject.Parse(WithPlans(StoredStateSamples.UserWithPlan, SavedPlans.MaxPlans)) },
            CancellationToken.None);
        var bodyBytes = (await store.ReadStateAsync(StoredStateSamples.UserKey, CancellationToken.None))!.Body!.Length;

        // The first save on a thread grows that thread's serialization buffer to the state's size; later ones reuse it.
        await SavePlanAsync(store, "Logistics plan: 1 kg of toys to Spain");

        // The Memory store writes on the caller's thread, so this thread's allocations are the whole save: the body and the
        // stored document once each as UTF-8 (about twice the state's size); its text alone (UTF-16) would be as much.
        var (user, turn) = await ChangePlansAsync(store, "Logistics plan: 3 kg of bags to France");
        var before = GC.GetAllocatedBytesForCurrentThread();
        await TurnStateWriter.SaveAsync(turn, [user], force: false, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(bodyBytes > 40_000, $"the state is large ({bodyBytes} characters)");
        Assert.True(allocated < 3L * bodyBytes, $"saving a {bodyBytes}-character state allocated {allocated} bytes");
        var reread = await TrackedBotState.User(store, store).CreateProperty<SavedPlans>(nameof(SavedPlans)).GetAsync(NewTurn(), () => null!, CancellationToken.None);
        Assert.Equal("Logistics plan: 3 kg of bags to France", reread.Plans[^1].Title);
    }

    [Theory]
    [InlineData("""{"a":1,"eTag":"x"}""", """{"a":1}""")]
    [InlineData("""{"eTag":"x"}""", "{}")]
    [InlineData("""{"a":1,"eTag":"x"} """, """{"a":1}""")]
    [InlineData("""{"a":1,"eTag":"x"}""", """{"a":2}""")]
    [InlineData("""{"a":1,"eTag":"y"}""", """{"a":1}""")]
    [InlineData("""{"a":1}""", """{"a":1}""")]
    [InlineData("""{"a":1,"eTag":"x"}""", """{"a":1""")]
    [InlineData("""{"a":1,"eTag":"x"}""", """{"a":1,}""")]
    [InlineData("""[1,"eTag":"x"}""", """[1}""")]
    public void TheBodyIsComparedAsUtf8ExactlyAsItsTextIsCut(string document, string body)
    {
        var cut = BotStateJson.BodyWithoutETag(document, "x");

        Assert.Equal(cut == body, BotStateJson.IsBodyOf(Encoding.UTF8.GetBytes(document), "x", Encoding.UTF8.GetBytes(body)));
    }

    [Theory]
    [InlineData("""{"a":1}""", """{"a":1,"eTag":"x"}""")]
    [InlineData("{}", """{"eTag":"x"}""")]
    [InlineData("{ }", """{"eTag":"x"}""")]
    [InlineData("""{"a":"法国"}""", """{"a":"法国","eTag":"x"}""")]
    public void TheETagIsAppendedAsTheLastProperty(string body, string document)
    {
        Assert.Equal(document, Encoding.UTF8.GetString(BotStateJson.AppendETag(Encoding.UTF8.GetBytes(body), "x")));
        Assert.Equal(document, BotStateJson.AppendETag(body, "x"));
        Assert.Equal(body.Replace(" ", string.Empty, StringComparison.Ordinal), BotStateJson.BodyWithoutETag(document, "x"));
    }

    private static async Task SavePlanAsync(IStorage store, string title)
    {
        var (user, turn) = await ChangePlansAsync(store, title);
        await TurnStateWriter.SaveAsync(turn, [user], force: false, CancellationToken.None);
    }

    // A result turn's change: the oldest plan dropped, a new one saved.
    private static async Task<(TrackedBotState User, ITurnContext Turn)> ChangePlansAsync(IStorage store, string title)
    {
        var user = TrackedBotState.User(store, (IBotStateDocumentStore)store);
        var turn = NewTurn();
        var saved = await user.CreateProperty<SavedPlans>(nameof(SavedPlans)).GetAsync(turn, () => null!, CancellationToken.None);
        saved.Plans.RemoveAt(0);
        saved.Plans.Add(saved.Plans[^1] with { Title = title });
        return (user, turn);
    }

    /// <summary>Today's stored user state with its one plan repeated <paramref name="count"/> times (byte for byte the same form).</summary>
    private static string WithPlans(string document, int count)
    {
        var bytes = Encoding.UTF8.GetBytes(document.Trim());
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read() && !(reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("Plans")))
        {
        }

        reader.Read();
        reader.Read();
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var end = (int)reader.BytesConsumed;
        var plan = bytes[start..end];
        var plans = string.Join(",", Enumerable.Repeat(Encoding.UTF8.GetString(plan), count));
        return Encoding.UTF8.GetString(bytes[..start]) + plans + Encoding.UTF8.GetString(bytes[end..]);
    }

    private static ITurnContext NewTurn() =>
        new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message)
        {
            ChannelId = "terminal",
            Conversation = new ConversationAccount { Id = "mid" },
            From = new ChannelAccount("root"),
            Recipient = new ChannelAccount("bot"),
            Text = "show my plan",
        });
}
