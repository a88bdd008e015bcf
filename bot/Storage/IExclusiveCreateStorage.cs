namespace CrossBorderBot.Storage;

/// <summary>
/// A store that can create an item only if its key is free, atomically, even between processes. Plain
/// <c>IStorage</c> cannot: a write to a key not yet stored always succeeds, so two instances that both saw the key
/// missing would both "win". Cross-instance leases and one-time claims (the turn gate, Slack event ids) need this.
/// </summary>
public interface IExclusiveCreateStorage
{
    /// <summary>Stores the value under the key if nothing is stored there; false (and nothing written) otherwise.</summary>
    Task<bool> TryCreateAsync(string key, object value, CancellationToken cancellationToken);
}
