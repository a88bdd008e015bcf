using System.Diagnostics;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.StateBench;

/// <summary>
/// What a guide turn's state costs the bot itself: the conversation and user state of a real logistics conversation
/// (captured from the bot, in <c>Fixtures/</c>) loaded through the bot's own state layer, the dialog stack read and its
/// innermost step changed as a prompt's turn does, and both scopes saved in one write. Prints CPU time and bytes
/// allocated per turn (whole process, so the SQLite commit thread counts), the figures to compare between builds.
/// </summary>
internal static class TrackedStateTurns
{
    private const string ChannelId = "tracked";
    private const string ConversationId = "c1";
    private const string UserId = "u1";

    public static Task MeasureAsync(string name, IStorage storage, IBotStateDocumentStore documents, int turns) =>
        MeasureAsync(name, storage, TrackedBotState.Conversation(storage, documents), TrackedBotState.User(storage, documents), turns);

    /// <summary>The same turn through the SDK's own <c>ConversationState</c>/<c>UserState</c>, to compare a store's two paths.</summary>
    public static Task MeasureSdkAsync(string name, IStorage storage, int turns) =>
        MeasureAsync(name + " (SDK BotState)", storage, new ConversationState(storage), new UserState(storage), turns);

    private static async Task MeasureAsync(string name, IStorage storage, BotState conversationState, BotState userState, int turns)
    {
        await SeedAsync(storage);
        var dialogs = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        var profile = conversationState.CreateProperty<CrossBorderBot.Conversation.ConversationProfile>(nameof(CrossBorderBot.Conversation.ConversationProfile));
        var scopes = new BotState[] { conversationState, userState };
        var cpu = TimeSpan.Zero;
        long allocated = 0;
        var samples = new double[turns];
        for (var i = -50; i < turns; i++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            var watch = Stopwatch.StartNew();
            var turn = NewTurn();
            await conversationState.LoadAsync(turn, force: false, CancellationToken.None);
            await userState.LoadAsync(turn, force: false, CancellationToken.None);
            var stack = await dialogs.GetAsync(turn, () => new DialogState(), CancellationToken.None);
            stack.DialogStack[^1].SetValue("attempts", i & 1);
            _ = (await profile.GetAsync(turn, () => new(), CancellationToken.None)).Language;
            await TurnStateWriter.SaveAsync(turn, scopes, force: false, CancellationToken.None);
            if (i >= 0)
            {
                samples[i] = watch.Elapsed.TotalMilliseconds;
                cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                allocated += GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
            }
        }

        Array.Sort(samples);
        Console.WriteLine(
            $"{name}: guide turn (load conversation {Size("conversation-mid-logistics.json")} B + user {Size("user-with-plan.json")} B, "
            + $"read the profile, change one dialog value, save both): CPU {cpu.TotalMilliseconds * 1000 / turns:0} µs/turn, allocated {allocated / 1024.0 / turns:0.0} KB/turn, "
            + $"wall p50 {samples[samples.Length / 2]:0.000} ms (n={turns})");
    }

    private static async Task SeedAsync(IStorage storage)
    {
        // Written as the bot's current main stored them, so the first load reads today's format.
        var conversation = Fixture("conversation-mid-logistics.json");
        var user = Fixture("user-with-plan.json");
        var seed = new Dictionary<string, object>
        {
            [$"{ChannelId}/conversations/{ConversationId}"] = Newtonsoft.Json.Linq.JObject.Parse(conversation),
            [$"{ChannelId}/users/{UserId}"] = Newtonsoft.Json.Linq.JObject.Parse(user),
        };

        // The fixtures carry the ETag they were captured with, which a store holding an earlier measurement's items refuses.
        await storage.DeleteAsync([.. seed.Keys], CancellationToken.None);
        await storage.WriteAsync(seed, CancellationToken.None);
    }

    private static string Fixture(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", file));

    private static long Size(string file) => new FileInfo(Path.Combine(AppContext.BaseDirectory, "Fixtures", file)).Length;

    private static TurnContext NewTurn() =>
        new(new TestAdapter(), new Microsoft.Bot.Schema.Activity(ActivityTypes.Message)
        {
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = ConversationId },
            From = new ChannelAccount(UserId),
            Recipient = new ChannelAccount("bot"),
            Text = "standard",
        });
}
