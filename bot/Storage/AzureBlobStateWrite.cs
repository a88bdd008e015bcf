using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace CrossBorderBot.Storage;

/// <summary>
/// A turn's conversation and user state written to Azure Blob Storage as close to all-or-nothing as blobs allow (they
/// have no transaction over several blobs):
/// <list type="number">
/// <item>every blob that is already stored is leased for <see cref="LeaseDuration"/>, on the condition that it still
/// has the ETag the turn read it with (a write without one overwrites, as on the other stores): from then on no other
/// writer can change it;</item>
/// <item>keys not yet stored are created (only if still missing);</item>
/// <item>the leased blobs are uploaded under their leases, and the leases released.</item>
/// </list>
/// A stale ETag, a blob leased by another writer, or a key created by someone else meanwhile refuses the whole write
/// with <see cref="StorageConcurrencyException"/> and leaves every blob as it was (blobs this write created are deleted
/// again, leases released). What is still not atomic: the uploads of step 3 run side by side, so if the process dies or
/// the network fails while they are in flight, one blob can be saved without the other. The turn's replies are sent
/// only after the write completes, so such a turn was never answered: the user sees no reply and sends again; the state
/// saved is that turn's, written whole per blob (a blob is never half-written). A process that dies holding leases
/// blocks writes to those two blobs until the leases expire (<see cref="LeaseDuration"/>); reads are not blocked.
/// </summary>
internal sealed class AzureBlobStateWrite(BlobContainerClient container, Func<string, string, BlobRequestConditions?, CancellationToken, Task<string>> upload, Func<string, Exception?, StorageConcurrencyException> refuseStaleWrite)
{
    /// <summary>The shortest lease Blob Storage grants.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);

    /// <summary>Writes the items (bodies with their ETag marker) and returns their new ETags in order.</summary>
    public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<(string Key, string Json, string? ExpectedETag)> writes, CancellationToken cancellationToken)
    {
        var leases = new BlobLeaseClient?[writes.Count];
        var created = new List<(string Key, string ETag)>();
        var eTags = new string[writes.Count];
        try
        {
            // 1. Lease what is stored, if unchanged since the turn read it.
            var acquiring = writes.Select(write => LeaseAsync(write.Key, write.ExpectedETag, cancellationToken)).ToList();
            try
            {
                await Task.WhenAll(acquiring).ConfigureAwait(false);
            }
            finally
            {
                // The leases that were granted, also when another was refused, so that they are all released.
                for (var i = 0; i < acquiring.Count; i++)
                {
                    leases[i] = acquiring[i].IsCompletedSuccessfully ? acquiring[i].Result : null;
                }
            }

            // 2. Create what is not stored (a key read as missing, or deleted since), only if still missing.
            var creates = Enumerable.Range(0, writes.Count).Where(i => leases[i] is null).ToList();
            var results = await Task.WhenAll(creates.Select(i => TryCreateAsync(writes[i].Key, writes[i].Json, cancellationToken))).ConfigureAwait(false);
            for (var n = 0; n < creates.Count; n++)
            {
                if (results[n] is { } eTag)
                {
                    eTags[creates[n]] = eTag;
                    created.Add((writes[creates[n]].Key, eTag));
                }
            }

            if (created.Count < creates.Count)
            {
                var refused = writes[creates.First(i => eTags[i] is null)].Key;
                throw refuseStaleWrite(refused, null);
            }

            // 3. Upload under the leases; nobody else can have written these blobs since step 1.
            var leased = Enumerable.Range(0, writes.Count).Where(i => leases[i] is not null).ToList();
            var uploaded = await Task.WhenAll(leased.Select(i => upload(
                writes[i].Key,
                writes[i].Json,
                new BlobRequestConditions { LeaseId = leases[i]!.LeaseId, IfMatch = writes[i].ExpectedETag is { } expected ? new ETag(expected) : null },
                cancellationToken))).ConfigureAwait(false);
            for (var n = 0; n < leased.Count; n++)
            {
                eTags[leased[n]] = uploaded[n];
            }

            created.Clear();
            return eTags;
        }
        finally
        {
            // Undo creations of a refused write (the keys were missing before it), then let the blobs go.
            await Task.WhenAll(created.Select(item => container.GetBlobClient(AzureBlobStorage.BlobNameOf(item.Key))
                .DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = new ETag(item.ETag) }, cancellationToken: CancellationToken.None))).ConfigureAwait(false);
            await Task.WhenAll(leases.OfType<BlobLeaseClient>().Select(ReleaseAsync)).ConfigureAwait(false);
        }
    }

    // A write without an expected ETag overwrites (as on the other stores), so its blob is leased unconditionally.
    // Null when the blob is not stored (never, or deleted since it was read): it is then written as a new key.
    private async Task<BlobLeaseClient?> LeaseAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        var lease = container.GetBlobClient(AzureBlobStorage.BlobNameOf(key)).GetBlobLeaseClient();
        try
        {
            var conditions = expectedETag is null ? null : new RequestConditions { IfMatch = new ETag(expectedETag) };
            await lease.AcquireAsync(LeaseDuration, conditions, cancellationToken).ConfigureAwait(false);
            return lease;
        }
        catch (RequestFailedException ex) when (AzureBlobStorage.IsNotFound(ex))
        {
            return null;
        }
        catch (RequestFailedException ex) when (AzureBlobStorage.IsConflict(ex))
        {
            // Changed since the turn read it, or leased by another writer right now.
            throw refuseStaleWrite(key, ex);
        }
    }

    private async Task<string?> TryCreateAsync(string key, string json, CancellationToken cancellationToken)
    {
        try
        {
            return await upload(key, json, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (AzureBlobStorage.IsConflict(ex))
        {
            return null;
        }
    }

    // A release that fails (the process is shutting down, the network is gone) only leaves the lease to expire.
    private static async Task ReleaseAsync(BlobLeaseClient lease)
    {
        try
        {
            await lease.ReleaseAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
        }
    }
}
