namespace CrossBorderBot.Tests.Fuzz;

/// <summary>What a fuzzed request must never produce.</summary>
public static class FuzzChecks
{
    /// <summary>The turn-error apology (both languages): a turn that failed because of its input.</summary>
    public static bool IsApology(string text)
        => text.Contains("something went wrong", StringComparison.OrdinalIgnoreCase) || text.Contains("出了点问题", StringComparison.Ordinal);

    /// <summary>Runs <paramref name="count"/> cases with a few at a time; each gets its own timeout so a hang fails.</summary>
    public static async Task RunAsync(int count, int parallel, Func<int, CancellationToken, Task> runCase)
    {
        var next = -1;
        var workers = Enumerable.Range(0, parallel).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await runCase(index, timeout.Token);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    throw new TimeoutException($"Fuzz case {index} did not finish within 30 s (a hang).");
                }
            }
        });
        await Task.WhenAll(workers);
    }
}
