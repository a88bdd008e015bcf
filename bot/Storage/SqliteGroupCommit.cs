using System.Collections.Concurrent;

namespace CrossBorderBot.Storage;

/// <summary>
/// The write side of a <see cref="SqliteStorage"/>: callers' operations are queued and committed together, one
/// transaction and one fsync per batch (group commit), each caller's task completing only after the commit that holds
/// its write, so a reply sent after the write returns is never ahead of its state.
/// </summary>
/// <remarks>
/// A caller that finds no commit running commits on its own thread, its write and whatever queued with it: a turn on an
/// idle store goes on without two thread hops, and no idle pool thread spins up to take the work. Writes queued while a
/// commit runs go into the next batch, which a pool thread commits, so one caller never waits for later callers' batches.
/// </remarks>
internal sealed class SqliteGroupCommit(string connectionString, Action<string> onETagConflict) : IDisposable
{
    // Bounds one transaction (and the wait of the callers in it) when very many writes queue up at once.
    private const int MaxOperationsPerCommit = 256;

    private readonly ConcurrentQueue<QueuedOperation> _queue = new();
    private SqliteStateWriter? _writer;
    private int _committing;
    private volatile bool _disposed;

    /// <summary>
    /// Queues one caller's operation (its keys all or none) and returns the task its commit completes with
    /// <paramref name="result"/>, so a caller can hand that task on instead of awaiting it in a state machine of its own.
    /// </summary>
    public Task<IReadOnlyList<string>> SubmitAsync(List<PendingStateWrite> writes, IReadOnlyList<string> result)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var operation = new QueuedOperation(writes, result);
        _queue.Enqueue(operation);
        if (Interlocked.CompareExchange(ref _committing, 1, 0) == 0)
        {
            CommitQueued(inline: true);
        }

        return operation.Completion.Task;
    }

    /// <summary>Closes the write connection, now or when the commit in progress finishes.</summary>
    public void Dispose()
    {
        _disposed = true;

        // A commit in progress finishes on its own connection; the writer is closed by whoever holds the commit turn.
        if (Interlocked.CompareExchange(ref _committing, 1, 0) == 0)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    // Runs holding the commit turn (_committing == 1) and gives it up when the queue is empty.
    private void CommitQueued(bool inline)
    {
        var batch = new List<QueuedOperation>();
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxOperationsPerCommit && _queue.TryDequeue(out var operation))
            {
                batch.Add(operation);
            }

            if (batch.Count > 0)
            {
                CommitBatch(batch);
                if (inline && !_queue.IsEmpty)
                {
                    // A caller commits one batch only (the one holding its own write); later writers' batches go to the pool.
                    CommitOnPool();
                    return;
                }

                continue;
            }

            if (_disposed)
            {
                _writer?.Dispose();
                _writer = null;
            }

            Volatile.Write(ref _committing, 0);

            // A write queued after our last look but before the flag was cleared would otherwise wait for the next one.
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _committing, 1, 0) != 0)
            {
                return;
            }

            if (inline)
            {
                CommitOnPool();
                return;
            }
        }
    }

    // Hands the commit turn to a pool thread, which keeps it until the queue is empty.
    private void CommitOnPool() =>
        ThreadPool.UnsafeQueueUserWorkItem(static commits => commits.CommitQueued(inline: false), this, preferLocal: false);

    private void CommitBatch(List<QueuedOperation> batch)
    {
        string?[] refusedKeys;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer ??= SqliteStateWriter.Open(connectionString, SqliteStateSchema.BusyTimeoutMilliseconds);
            refusedKeys = _writer.Commit(batch.ConvertAll(operation => (IReadOnlyList<PendingStateWrite>)operation.Writes));
        }
        catch (Exception ex)
        {
            // Nothing of the batch was stored. Start the next batch on a fresh connection in case this one is broken.
            _writer?.Dispose();
            _writer = null;
            foreach (var operation in batch)
            {
                operation.Completion.TrySetException(ex);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (refusedKeys[i] is { } key)
            {
                onETagConflict(key);
                batch[i].Completion.TrySetException(new StorageConcurrencyException(key));
                continue;
            }

            // Only after the commit, so a refused write never leaves callers holding an ETag that was not stored.
            foreach (var write in batch[i].Writes)
            {
                write.StampCallerValue();
            }

            batch[i].Completion.TrySetResult(batch[i].Result);
        }
    }

    /// <summary>One caller's write or delete, waiting for the commit that will hold it.</summary>
    private sealed class QueuedOperation(List<PendingStateWrite> writes, IReadOnlyList<string> result)
    {
        public List<PendingStateWrite> Writes { get; } = writes;

        /// <summary>What the commit completes the caller's task with (the written items' new ETags).</summary>
        public IReadOnlyList<string> Result { get; } = result;

        // Continuations of other callers' writes run on the pool, not on the committing thread, so one slow turn never
        // delays the next batch (a caller's own write completed in its own commit has no continuation yet).
        public TaskCompletionSource<IReadOnlyList<string>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
