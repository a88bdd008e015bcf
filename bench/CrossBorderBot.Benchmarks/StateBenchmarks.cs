using BenchmarkDotNet.Attributes;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Benchmarks;

/// <summary>
/// Reading and writing one conversation's real state (taken from a logistics conversation run through the bot) on
/// the SQLite store, as every turn does: one read at the start, one write at the end.
/// </summary>
[MemoryDiagnoser]
public class StateBenchmarks
{
    private const string Key = "webchat/conversations/bench-state";
    private SqliteStorage _sqlite = null!;
    private string _directory = null!;
    private Dictionary<string, object> _state = null!;

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
}
