namespace CrossBorderBot.Safety;

/// <summary>
/// A fixed-window counter per key (a client address, a token, a user): at most <c>permits</c> per <c>window</c> for
/// each key, independently of the others. Memory is bounded: expired windows are swept when the table is full, and
/// if it is still full new keys share one overflow window (so a flood of fresh keys cannot exhaust memory either).
/// </summary>
/// <remarks>
/// Counts live in this process. With several bot processes each enforces its own share, which is what a per-client
/// limit needs (a bound on what one client can cost), not an exact global count.
/// </remarks>
public sealed class KeyedRateLimiter(int permits, TimeSpan window, TimeProvider time, int maxKeys = 50_000)
{
    private const string OverflowKey = "\0overflow";
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Permits => permits;

    /// <summary>Counts one use for <paramref name="key"/>; false (and how long until the window resets) when none is left.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_windows.TryGetValue(key, out var current))
            {
                if (_windows.Count >= maxKeys)
                {
                    Sweep(now);
                }

                if (_windows.Count >= maxKeys)
                {
                    key = OverflowKey;
                    _windows.TryGetValue(key, out current);
                }
            }

            if (current is null || now - current.Start >= window)
            {
                current = new Window(now);
                _windows[key] = current;
            }

            if (current.Count >= permits)
            {
                retryAfter = current.Start + window - now;
                return false;
            }

            current.Count++;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in _windows.Where(pair => now - pair.Value.Start >= window).Select(pair => pair.Key).ToList())
        {
            _windows.Remove(key);
        }
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Count { get; set; }
    }
}
