using System.Runtime.InteropServices;

namespace CrossBorderBot.Bench;

/// <summary>
/// The calling thread's own CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, nanosecond resolution), so a query's cost can
/// be told apart from the time the scheduler gave other processes in the middle of it: on a busy machine the wall-clock
/// p99 of a sub-millisecond search measures preemption, not the search. Null where the clock is not available.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryNow() is not null;

    /// <summary>This thread's CPU time in milliseconds, or null.</summary>
    public static double? NowMs() => IsAvailable ? TryNow() : null;

    private static double? TryNow()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out var now) == 0 ? (now.Seconds * 1e3) + (now.Nanoseconds / 1e6) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
