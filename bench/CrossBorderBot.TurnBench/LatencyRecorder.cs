namespace CrossBorderBot.TurnBench;

/// <summary>Turn latencies of the measured window, shared by all virtual users.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];
    private readonly Lock _lock = new();
    private int _errors;

    public bool Recording { get; set; }

    public int Errors => _errors;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Record(double milliseconds)
    {
        if (!Recording)
        {
            return;
        }

        lock (_lock)
        {
            _milliseconds.Add(milliseconds);
        }
    }

    public void RecordError() => Interlocked.Increment(ref _errors);

    /// <summary>Nearest-rank percentile of the recorded latencies.</summary>
    public double Percentile(double percent)
    {
        lock (_lock)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _milliseconds.Order().ToList();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }
}
