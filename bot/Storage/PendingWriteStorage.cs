using Newtonsoft.Json;

namespace CrossBorderBot.Storage;

/// <summary>
/// What the stores that check and apply writes themselves (<see cref="BoundedMemoryStorage"/>, <see cref="SqliteStorage"/>)
/// do alike: turn an <see cref="IStorage.WriteAsync"/> and a turn's state write into one list of
/// <see cref="PendingStateWrite"/> (serialized, ETags worked out) and hand it to the store's one commit, which applies all
/// of it or none. A provider supplies only its reads, its deletes and that commit.
/// </summary>
/// <remarks>
/// The write methods are not async methods: the commit's own task is handed on (every turn's write came through one more
/// state machine, JIT-compiled at each start, and one more allocation and continuation). Failures before the commit still
/// come back in the task, as from an async method.
/// </remarks>
public abstract class PendingWriteStorage : IStorage, IBotStateDocumentStore
{
    private protected PendingWriteStorage()
    {
    }

    /// <summary>Writes objects as the SDK's <c>MemoryStorage</c> does, with type names limited by <see cref="StateSerializationBinder"/>.</summary>
    private protected JsonSerializer Serializer { get; } = BotStateJson.CreateStoreSerializer();

    /// <summary>A stored JSON text read back into the object it was written from, by <see cref="Serializer"/>.</summary>
    /// <exception cref="StorageReadException">The text is damaged or names a type that may not be loaded.</exception>
    private protected object? DeserializeStored(string key, string document)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(document));
            return Serializer.Deserialize<object>(reader);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StorageReadException(key, ex);
        }
    }

    /// <inheritdoc />
    public abstract Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(changes);
            if (changes.Count == 0)
            {
                return Task.CompletedTask;
            }

            // Serialized on the caller's thread, before the commit, so the store's lock is held only for the check-and-write.
            var writes = new List<PendingStateWrite>(changes.Count);
            foreach (var change in changes)
            {
                writes.Add(PendingStateWrite.Create(change.Key, change.Value, Serializer));
            }

            return CommitAsync(writes, [], cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
    }

    /// <inheritdoc />
    public abstract Task<StoredBotState?> ReadStateAsync(string key, CancellationToken cancellationToken);

    /// <inheritdoc />
    /// <remarks>A cancellation before the commit comes back as a cancelled task, any other failure as a faulted one.</remarks>
    public Task<IReadOnlyList<string>> WriteStateAsync(IReadOnlyList<BotStateWrite> writes, CancellationToken cancellationToken)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(writes);
            var pending = PendingStateWrite.ForStateBodies(writes, out var eTags);

            // One commit: its keys are written all or none.
            return pending.Count > 0 ? CommitAsync(pending, eTags, cancellationToken) : Task.FromResult<IReadOnlyList<string>>(eTags);
        }
        catch (OperationCanceledException canceled)
        {
            var task = new TaskCompletionSource<IReadOnlyList<string>>();
            task.SetCanceled(canceled.CancellationToken);
            return task.Task;
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<string>>(ex);
        }
    }

    /// <inheritdoc />
    public abstract Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks every write's ETag, then applies all of them, or none when one is stale (<see cref="StorageConcurrencyException"/>);
    /// gives the callers' objects their new ETags once stored and completes with <paramref name="result"/>.
    /// </summary>
    private protected abstract Task<IReadOnlyList<string>> CommitAsync(List<PendingStateWrite> writes, IReadOnlyList<string> result, CancellationToken cancellationToken);
}
