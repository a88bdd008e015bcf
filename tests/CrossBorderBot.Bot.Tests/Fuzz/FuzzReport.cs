using System.Collections.Concurrent;
using System.Globalization;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>
/// The outcome of a fuzz run: statuses seen, problems found, the slowest cases and the host's error log. Its failure
/// messages say how to replay a case, and always list the slowest cases, since a hang usually shows there first.
/// </summary>
public sealed class FuzzReport(FuzzPlan plan, FuzzLogCapture log)
{
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentBag<FuzzCaseTiming> _timings = [];

    public FuzzPlan Plan => plan;

    public TimeSpan Elapsed { get; internal set; }

    public int Completed => _timings.Count;

    public int CountOf(int status) => _statuses.GetValueOrDefault(status);

    public IReadOnlyList<FuzzCaseTiming> Slowest(int count) => [.. _timings.OrderByDescending(t => t.Elapsed).Take(count)];

    /// <summary>Statuses as <c>200×412, 400×100</c>, for messages.</summary>
    public string Statuses => string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));

    /// <summary>No case had a problem and the host logged no error.</summary>
    public void AssertClean()
    {
        var problems = _problems.ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} fuzz case(s) failed in suite {plan.Suite}:\n{string.Join('\n', problems.Take(20))}\n{Summary()}");
        var errors = log.Errors.ToList();
        Assert.True(errors.Count == 0, $"error log entries during the fuzz of suite {plan.Suite}:\n{string.Join('\n', errors.Take(20))}\n{Summary()}");
    }

    /// <summary>A line for the test log: how many cases in how long, and the slowest ones.</summary>
    public string Summary()
    {
        var slowest = string.Join(", ", Slowest(5).Select(t => string.Create(CultureInfo.InvariantCulture, $"#{t.Index} {t.Kind} {t.Elapsed.TotalMilliseconds:F0} ms")));
        return string.Create(CultureInfo.InvariantCulture, $"suite {plan.Suite}: {Completed} cases (seed {plan.Seed}) in {Elapsed.TotalSeconds:F1} s; statuses {Statuses}; slowest {slowest}");
    }

    internal void Record(int index, FuzzCaseResult result, TimeSpan elapsed)
    {
        _statuses.AddOrUpdate(result.Status, 1, (_, n) => n + 1);
        _timings.Add(new FuzzCaseTiming(index, result.Kind, elapsed));
        if (result.Problem is { } problem)
        {
            _problems.Enqueue($"case {index} ({result.Kind}): {problem} — {plan.ReplayHint(index)}");
        }
    }

    internal void RecordHang(int index, TimeSpan timeout)
        => _problems.Enqueue(string.Create(CultureInfo.InvariantCulture, $"case {index}: no answer within {timeout.TotalSeconds:F0} s (a hang) — {plan.ReplayHint(index)}"));
}
