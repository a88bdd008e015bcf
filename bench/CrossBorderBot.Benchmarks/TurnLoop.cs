using System.Diagnostics;
using System.Globalization;

namespace CrossBorderBot.Benchmarks;

/// <summary>
/// <c>turns [--conversations N] [--warmup N] [--storage Sqlite|Memory] [--users N] [--allocations] [--welcome-only]</c>: the turn benchmark's
/// conversation (welcome, then the logistics guide to its result; with <c>--welcome-only</c> the welcome alone, so the
/// fixed pipeline's cost per turn can be set against a guide turn's) played one turn at a time through the real adapter in this process, after a
/// warm-up. Prints CPU time and bytes allocated per turn: with one thread and no network, these barely move when other
/// processes load the machine, so two builds can be compared a few seconds apart (and a profiler sees only turns).
/// </summary>
public static class TurnLoop
{
    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = Number(args, "--conversations", 300);
        var warmup = Number(args, "--warmup", 100);
        var storage = Value(args, "--storage") ?? "Sqlite";
        int? users = Value(args, "--users") is { } userCount ? int.Parse(userCount, CultureInfo.InvariantCulture) : null;
        var script = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "logistics-turns.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !args.Contains("--welcome-only"))
            .ToList();

        using var bot = new InProcessBot(storage, users: users);
        await PlayAsync(bot, "warmup", warmup, script);
        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        sampler?.Start();

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        var (turns, replyBytes) = await PlayAsync(bot, "measured", conversations, script);
        wall.Stop();
        sampler?.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage      {storage}; {conversations} conversations of {script.Count + 1} turns after {warmup} to warm up; {(users is { } u ? u + " users" : "one user each")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu          {cpu.TotalMilliseconds / turns:0.000} ms/turn (wall {wall.Elapsed.TotalMilliseconds / turns:0.000} ms/turn)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated    {allocated / turns / 1024.0:0.0} KB/turn; reply bodies {replyBytes / turns / 1024.0:0.0} KB/turn"));
        // Blocking collections run on the thread that allocates (workstation GC), so their pauses are part of the turn's
        // CPU: this is the share the garbage collector takes of it.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gc pauses    {paused.TotalMilliseconds / turns:0.000} ms/turn ({100 * paused.TotalMilliseconds / cpu.TotalMilliseconds:0.0} % of the CPU)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gc           {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; heap {GC.GetTotalMemory(false) / 1048576.0:0.0} MiB; RSS {Environment.WorkingSet / 1048576.0:0.0} MiB"));

        // Where the RSS is: the GC's committed memory (live heap plus what it keeps for reuse) against the rest
        // (runtime, loaded code and native libraries), so a memory change can be put on the right side.
        var gcInfo = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gc memory    committed {gcInfo.TotalCommittedBytes / 1048576.0:0.0} MiB, heap after last GC {gcInfo.HeapSizeBytes / 1048576.0:0.0} MiB, fragmented {gcInfo.FragmentedBytes / 1048576.0:0.0} MiB"));
        sampler?.Print(top: 25);
        return 0;
    }

    private static async Task<(int Turns, long ReplyBytes)> PlayAsync(InProcessBot bot, string prefix, int conversations, List<string> script)
    {
        var turns = 0;
        long replyBytes = 0;
        for (var c = 0; c < conversations; c++)
        {
            var conversation = prefix + "-" + c.ToString(CultureInfo.InvariantCulture);
            replyBytes += await bot.WelcomeAsync(conversation);
            turns++;
            foreach (var line in script)
            {
                replyBytes += await bot.MessageAsync(conversation, line);
                turns++;
            }
        }

        return (turns, replyBytes);
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Number(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
