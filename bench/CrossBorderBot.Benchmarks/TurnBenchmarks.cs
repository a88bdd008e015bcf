using BenchmarkDotNet.Attributes;

namespace CrossBorderBot.Benchmarks;

/// <summary>Whole turns through the real adapter, dialogs and state store: the welcome, and a guide's first and later turns.</summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private InProcessBot _bot = null!;
    private int _conversation;

    [Params("Sqlite", "Memory")]
    public string Storage { get; set; } = "Sqlite";

    [GlobalSetup]
    public void Setup() => _bot = new InProcessBot(Storage);

    [GlobalCleanup]
    public void Cleanup() => _bot.Dispose();

    [Benchmark]
    public Task<int> WelcomeTurn() => _bot.WelcomeAsync(NextConversation());

    /// <summary>Welcome, then the first guide message (weight, product, market and value in one sentence): two turns.</summary>
    [Benchmark]
    public async Task<int> WelcomeAndFirstGuideTurn()
    {
        var conversation = NextConversation();
        await _bot.WelcomeAsync(conversation);
        return await _bot.MessageAsync(conversation, "ship 2 kg of shoes to Germany, value 60 USD");
    }

    private string NextConversation() => "bdn-" + Interlocked.Increment(ref _conversation);
}
