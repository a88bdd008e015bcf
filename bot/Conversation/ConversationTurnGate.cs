using System.Collections.Concurrent;

namespace CrossBorderBot.Conversation;

/// <summary>
/// Runs the turns of one conversation one after another. Without it, a user who sends two messages quickly gets
/// two turns that load the same state and the second save fails on its stale ETag (a common complaint about bots
/// on the official SDK). Turns of different conversations still run in parallel.
/// </summary>
public sealed class ConversationTurnGate
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = _entries.GetOrAdd(conversationId, _ => new Entry());
            lock (entry)
            {
                // An entry whose last user just left may already be removed from the map; take a fresh one then.
                if (!entry.Retired)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationId, entry);
            throw;
        }

        return new Release(this, conversationId, entry);
    }

    private void Leave(string conversationId, Entry entry)
    {
        lock (entry)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                entry.Retired = true;
                _entries.TryRemove(new KeyValuePair<string, Entry>(conversationId, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public bool Retired { get; set; }
    }

    private sealed class Release(ConversationTurnGate gate, string conversationId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                entry.Semaphore.Release();
                gate.Leave(conversationId, entry);
            }
        }
    }
}
