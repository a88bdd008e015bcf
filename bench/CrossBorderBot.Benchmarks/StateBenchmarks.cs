using BenchmarkDotNet.Attributes;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Benchmarks;

/// <summary>
/// Reading and writing one conversation's real state (taken from a logistics conversation run through the bot) on
/// the SQLite store, as every turn does: one read at the start, one write at the end; and the same state through the
/// bot's own state layer (<see cref="TrackedBotState"/>), as a guide turn uses it.
/// </summary>
[MemoryDiagnoser]
public class StateBenchmarks
{
    private const string Key = "webchat/conversations/bench-state";
    private SqliteStorage _sqlite = null!;
    private string _directory = null!;
    private Dictionary<string, object> _state = null!;
    private TrackedBotState _tracked = null!;
    private IStatePropertyAccessor<DialogState> _dialogs = null!;
    private int _turn;

    [GlobalSetup]
    public async Task Setup()
    {
        using (var bot = new InProcessBot("Memory"))
        {
            await bot.WelcomeAsync("bench-state");
            await bot.MessageAsync("bench-state", "ship 2 kg of shoes to Germany, value 60 USD");
            await bot.MessageAsync("bench-state", "30x20x15 cm");
            var storage = (IStorage)bot.Services.GetService(typeof(IStorage))!;
            var stored = await storage.ReadAsync([Key], CancellationToken.None);
            _state = (Dictionary<string, object>)stored[Key];
        }

        _directory = Path.Combine(Path.GetTempPath(), "crossborderbot-bdn-state-" + Guid.NewGuid().ToString("N"));
        _sqlite = new SqliteStorage(Path.Combine(_directory, "state.db"));
        _state["eTag"] = "*";
        await _sqlite.WriteAsync(new Dictionary<string, object> { [Key] = _state });
        _tracked = TrackedBotState.Conversation(_sqlite, _sqlite);
        _dialogs = _tracked.CreateProperty<DialogState>(nameof(DialogState));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public Task<IDictionary<string, object>> SqliteRead() => _sqlite.ReadAsync([Key]);

    /// <summary>A write as a turn's save does it: conditional on the ETag read, committed with a full fsync.</summary>
    [Benchmark]
    public Task SqliteWrite() => _sqlite.WriteAsync(new Dictionary<string, object> { [Key] = _state });

    /// <summary>A guide turn's state: load through the bot's state layer, read the dialog stack, change one value, save.</summary>
    [Benchmark]
    public async Task TrackedLoadChangeSave()
    {
        var turn = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message)
        {
            ChannelId = "webchat",
            Conversation = new ConversationAccount { Id = "bench-state" },
            From = new ChannelAccount("bench-user"),
            Recipient = new ChannelAccount("bot"),
            Text = "standard",
        });
        var stack = await _dialogs.GetAsync(turn, () => new DialogState(), CancellationToken.None);
        stack.DialogStack[^1].SetValue("attempts", ++_turn & 1);
        await TurnStateWriter.SaveAsync(turn, [_tracked], force: false, CancellationToken.None);
    }

    /// <summary>The same without a change: what a turn that only reads its state costs (no write).</summary>
    [Benchmark]
    public async Task TrackedLoadUnchanged()
    {
        var turn = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message)
        {
            ChannelId = "webchat",
            Conversation = new ConversationAccount { Id = "bench-state" },
            From = new ChannelAccount("bench-user"),
            Recipient = new ChannelAccount("bot"),
        });
        await _tracked.LoadAsync(turn, force: false, CancellationToken.None);
        await TurnStateWriter.SaveAsync(turn, [_tracked], force: false, CancellationToken.None);
    }
}
