using System.Collections.Concurrent;
using CrossBorderBot.Storage;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Conversation;

/// <summary>
/// Runs the turns of one conversation one after another. Without it, a user who sends two messages quickly gets
/// two turns that load the same state and the second save fails on its stale ETag (a common complaint about bots
/// on the official SDK). Turns of different conversations still run in parallel.
/// </summary>
/// <remarks>
/// Within one process a semaphore per conversation does it. When the state store is shared by several bot instances
/// (PostgreSQL, Azure Blob) the turn also takes a <see cref="StorageLease"/> on the conversation in that store, so a
/// turn on one instance waits for a turn of the same conversation on another instead of racing it to the save.
/// </remarks>
public sealed class ConversationTurnGate
{
    private const string LeaseKeyPrefix = "crossborderbot/turn-lease/";

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The terms of the turn leases in a shared store; null when the store is this process's own.</summary>
    private readonly StorageLeases? _leases;

    /// <summary>A gate that also spans instances when <paramref name="storage"/> is a shared store; without one, for one process only.</summary>
    public ConversationTurnGate(IStorage? storage = null, IOptions<StorageOptions>? options = null, TimeProvider? time = null, ILogger<ConversationTurnGate>? logger = null) =>
        _leases = StorageLeases.ForTurns(storage, options?.Value, time, logger);

    /// <summary>Whether turns also wait for turns of the same conversation on other bot instances.</summary>
    public bool SpansInstances => _leases is not null;

    public async Task<IAsyncDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
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

        StorageLease? lease = null;
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
            try
            {
                if (_leases is not null)
                {
                    lease = await _leases.AcquireAsync(LeaseKeyPrefix + conversationId, cancellationToken);
                }
            }
            catch
            {
                entry.Semaphore.Release();
                throw;
            }
        }
        catch
        {
            Leave(conversationId, entry);
            throw;
        }

        return new Release(this, conversationId, entry, lease);
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

    private sealed class Release(ConversationTurnGate gate, string conversationId, Entry entry, StorageLease? lease) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            try
            {
                if (lease is not null)
                {
                    await lease.DisposeAsync();
                }
            }
            finally
            {
                entry.Semaphore.Release();
                gate.Leave(conversationId, entry);
            }
        }
    }
}
