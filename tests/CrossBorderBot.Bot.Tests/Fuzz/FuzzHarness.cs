using System.Diagnostics;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>
/// Runs a suite's cases a few at a time against one host, each case with its own timeout so a hang fails the run
/// instead of stalling it, and collects what they got into a <see cref="FuzzReport"/>. The suites differ only in the
/// request a case sends and what its answer must not be.
/// </summary>
public static class FuzzHarness
{
    public static async Task<FuzzReport> RunAsync(FuzzPlan plan, FuzzLogCapture log, Func<int, FuzzInputs, CancellationToken, Task<FuzzCaseResult>> runCase)
    {
        var report = new FuzzReport(plan, log);
        var order = plan.Order();
        var next = -1;
        var run = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, plan.Parallel).Select(async _ =>
        {
            int position;
            while ((position = Interlocked.Increment(ref next)) < order.Count)
            {
                var index = order[position];
                using var timeout = new CancellationTokenSource(plan.CaseTimeout);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var result = await runCase(index, plan.InputsFor(index), timeout.Token);
                    report.Record(index, result, Stopwatch.GetElapsedTime(started));
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    report.RecordHang(index, plan.CaseTimeout);
                }
            }
        });
        await Task.WhenAll(workers);
        report.Elapsed = run.Elapsed;
        return report;
    }
}
