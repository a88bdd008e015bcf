namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Remembers the <c>event_id</c>s already accepted, so Slack's retries (it resends an event when it saw no 2xx
/// within 3 s: at once, after a minute, after five) run no second turn. Bounded in size and age: Slack stops retrying
/// well within <see cref="Lifetime"/>, and the oldest ids are forgotten first when <see cref="Capacity"/> is reached.
/// </summary>
public sealed class SlackEventDeduplicator(TimeProvider time)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset Expires)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time an id is seen (within its lifetime); false for a repeat.</summary>
    public bool TryRegister(string eventId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_order.TryPeek(out var oldest) && (oldest.Expires <= now || _order.Count >= Capacity))
            {
                _order.Dequeue();
                if (_seen.TryGetValue(oldest.Id, out var expires) && expires == oldest.Expires)
                {
                    _seen.Remove(oldest.Id);
                }
            }

            if (_seen.TryGetValue(eventId, out var until) && until > now)
            {
                return false;
            }

            var expiry = now + Lifetime;
            _seen[eventId] = expiry;
            _order.Enqueue((eventId, expiry));
            return true;
        }
    }

    /// <summary>Forgets an id whose turn could not be queued, so Slack's retry of it is accepted.</summary>
    public void Forget(string eventId)
    {
        lock (_lock)
        {
            _seen.Remove(eventId);
        }
    }
}
