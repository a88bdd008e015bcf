using System.Globalization;

namespace CrossBorderBot.TurnBench;

/// <summary>
/// The bot's CPU time by thread name (Linux /proc/&lt;pid&gt;/task), so a window's CPU can be split into the turns'
/// own work (".NET TP Worker", the thread pool), the runtime re-compiling hot methods in the background
/// (".NET Tiered Com"), background garbage collection (".NET BGC") and the rest, without a profiler.
/// </summary>
internal static class ThreadCpu
{
    // Linux reports utime/stime in clock ticks of USER_HZ, 100 per second on every mainstream kernel.
    private const double MillisecondsPerTick = 10;

    /// <summary>CPU milliseconds so far per thread id, with the thread's name; empty where /proc is missing.</summary>
    public static Dictionary<int, (string Name, double Milliseconds)> Snapshot(int processId)
    {
        var threads = new Dictionary<int, (string, double)>();
        var tasks = $"/proc/{processId}/task";
        if (!Directory.Exists(tasks))
        {
            return threads;
        }

        foreach (var directory in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                // "tid (name) state ppid …": the name may hold spaces and parentheses, so split at the last ')'.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var open = stat.IndexOf('(');
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                threads[int.Parse(stat[..open].Trim(), CultureInfo.InvariantCulture)] = (Group(stat[(open + 1)..close]), ticks * MillisecondsPerTick);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // The thread ended while it was being read: its time is lost from the split (not from the total).
            }
        }

        return threads;
    }

    /// <summary>CPU milliseconds spent between two snapshots, summed by thread name, largest first.</summary>
    public static List<(string Name, double Milliseconds)> Between(
        Dictionary<int, (string Name, double Milliseconds)> before, Dictionary<int, (string Name, double Milliseconds)> after) =>
        after.Select(thread => (thread.Value.Name, thread.Value.Milliseconds - (before.TryGetValue(thread.Key, out var earlier) ? earlier.Milliseconds : 0)))
            .GroupBy(thread => thread.Name, (name, threads) => (name, threads.Sum(thread => thread.Item2)))
            .OrderByDescending(group => group.Item2)
            .ToList();

    // ".NET TP Worker" threads share a name; numbered ones (".NET Long Runni", "dotnet-1") are grouped without the number.
    private static string Group(string name) => name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '-', ' ');
}
