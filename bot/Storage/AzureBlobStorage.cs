using System.Net;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderBot.Storage;

/// <summary>
/// Bot state in Azure Blob Storage: one JSON blob per key, the blob's own ETag as the item's ETag, so the storage
/// service itself refuses a stale write (<c>If-Match</c>) and several bot instances can share the container.
/// </summary>
/// <remarks>
/// Same contract as <see cref="SqliteStorage"/> for single keys: a write whose ETag is not the blob's fails with
/// <see cref="StorageConcurrencyException"/>; <c>*</c> or no ETag overwrites; a key not yet stored is always written.
/// Blob Storage has no multi-blob transaction, so a write of several keys through <see cref="IStorage.WriteAsync"/> runs
/// its blobs in parallel and is not all-or-nothing. A turn's conversation and user state (<see cref="WriteStateAsync"/>)
/// are leased before they are written (<see cref="AzureBlobStateWrite"/>): a stale ETag on either refuses both and
/// changes nothing; only a crash or network failure during the final two uploads can save one without the other.
/// <para>
/// A blob holds the text as written, so the state layer (<see cref="IBotStateDocumentStore"/>) reads values lazily,
/// writes untouched ones back byte for byte and skips the upload when a turn changed nothing.
/// </para>
/// </remarks>
public sealed partial class AzureBlobStorage : SharedDocumentStorage
{
    // Blob names may be up to 1,024 characters; longer escaped keys are shortened with a hash.
    private const int MaxBlobNameLength = 1000;

    private readonly BlobContainerClient _container;
    private readonly ILogger<AzureBlobStorage> _logger;

    /// <param name="connectionString">The storage account connection string.</param>
    /// <param name="containerName">The container; created on first use when missing.</param>
    /// <param name="logger">Receives conflict and damaged-item messages (keys only, never content).</param>
    public AzureBlobStorage(string connectionString, string containerName, ILogger<AzureBlobStorage>? logger = null)
        : this(new BlobContainerClient(connectionString, containerName), logger)
    {
    }

    /// <param name="container">The container client (for a managed identity, built with a token credential).</param>
    /// <param name="logger">Receives conflict and damaged-item messages (keys only, never content).</param>
    public AzureBlobStorage(BlobContainerClient container, ILogger<AzureBlobStorage>? logger = null)
        : base(logger ?? NullLogger<AzureBlobStorage>.Instance, LogEventIds.AzureBlobETagConflict, LogEventIds.AzureBlobUnreadableItem)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        _logger = logger ?? NullLogger<AzureBlobStorage>.Instance;
    }

    /// <summary>The container's name.</summary>
    public string ContainerName => _container.Name;

    /// <summary>The blob a key is stored in: the key escaped (so '/' does not make folders), hashed when very long.</summary>
    public static string BlobNameOf(string key)
    {
        var escaped = Uri.EscapeDataString(key);
        if (escaped.Length <= MaxBlobNameLength)
        {
            return escaped;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return escaped[..(MaxBlobNameLength - hash.Length - 1)] + "~" + hash;
    }

    private protected override async Task<IEnumerable<StoredText>> ReadDocumentsAsync(string[] keys, CancellationToken cancellationToken)
    {
        var downloads = await Task.WhenAll(keys.Select(key => DownloadAsync(key, cancellationToken))).ConfigureAwait(false);
        return keys.Zip(downloads)
            .Where(pair => pair.Second is not null)
            .Select(pair => new StoredText(pair.First, pair.Second!.Content.ToString(), pair.Second.Details.ETag.ToString()));
    }

    // Blob Storage has no transaction over several blobs: each blob is written or deleted on its own, side by side.
    private protected override Task WriteDocumentsAsync(IReadOnlyList<StoredDocument> writes, string[] deletes, CancellationToken cancellationToken) =>
        Task.WhenAll(deletes.Select(key => DeleteOneAsync(key, cancellationToken)).Concat(writes.Select(async document =>
        {
            var eTag = await WriteOneAsync(document.Key, document.Json, document.ExpectedETag, cancellationToken).ConfigureAwait(false);
            StoredDocumentCodec.StampWrittenValue(document, eTag);
        })));

    private protected override async Task<StoredStateText?> ReadStateDocumentAsync(string key, CancellationToken cancellationToken) =>
        await DownloadAsync(key, cancellationToken).ConfigureAwait(false) is { } download

            // The downloaded bytes are not changed afterwards, so the state's values can stay slices of them.
            ? new StoredStateText(download.Content.ToMemory(), OlderFormText: null, download.Details.ETag.ToString())
            : null;

    private protected override async Task<IReadOnlyList<string>> WriteStateDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 1)
        {
            return [await WriteOneAsync(writes[0].Key, writes[0].Json, writes[0].ExpectedETag, cancellationToken).ConfigureAwait(false)];
        }

        // Conversation and user state together: leased, then written (see AzureBlobStateWrite for what that guarantees).
        return await new AzureBlobStateWrite(_container, UploadAsync, RefuseStaleWrite)
            .WriteAsync(writes.Select(write => (write.Key, write.Json, write.ExpectedETag)).ToList(), cancellationToken).ConfigureAwait(false);
    }

    private protected override async Task<string?> TryCreateDocumentAsync(string key, string json, CancellationToken cancellationToken)
    {
        try
        {
            return await UploadAsync(key, json, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (IsConflict(ex))
        {
            return null;
        }
    }

    private protected override Task DeleteDocumentsAsync(string[] keys, CancellationToken cancellationToken) =>
        Task.WhenAll(keys.Select(key => DeleteOneAsync(key, cancellationToken)));

    private protected override Task DropStoreAsync(CancellationToken cancellationToken) =>
        _container.DeleteIfExistsAsync(cancellationToken: cancellationToken);

    private protected override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        LogContainerReady(_container.Name);
    }

    /// <summary>
    /// 409 or 412: the blob is there when the request needed it absent, changed since it was read, or leased by another
    /// writer. Read here for the store and its state write alike.
    /// </summary>
    internal static bool IsConflict(RequestFailedException ex) =>
        ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed;

    /// <summary>404: the blob is not stored (never written, or deleted since it was read).</summary>
    internal static bool IsNotFound(RequestFailedException ex) => ex.Status == (int)HttpStatusCode.NotFound;

    private async Task<BlobDownloadResult?> DownloadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return (await _container.GetBlobClient(BlobNameOf(key)).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (IsNotFound(ex))
        {
            return null;
        }
    }

    // Returns the blob's new ETag; expectedETag null overwrites whatever is stored.
    private async Task<string> WriteOneAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        if (expectedETag is null)
        {
            return await UploadAsync(key, json, conditions: null, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await UploadAsync(key, json, new BlobRequestConditions { IfMatch = new ETag(expectedETag) }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            // If-Match fails on a missing blob too; a key not yet stored is written whatever ETag it brings,
            // but only if it is still missing (another writer may be creating it right now).
            try
            {
                return await UploadAsync(key, json, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException again) when (IsConflict(again))
            {
                throw RefuseStaleWrite(key, ex);
            }
        }
    }

    private async Task<string> UploadAsync(string key, string json, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            Conditions = conditions,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
        };
        var response = await _container.GetBlobClient(BlobNameOf(key))
            .UploadAsync(BinaryData.FromString(json), options, cancellationToken).ConfigureAwait(false);
        return response.Value.ETag.ToString();
    }

    private Task DeleteOneAsync(string key, CancellationToken cancellationToken) =>
        _container.GetBlobClient(BlobNameOf(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    [LoggerMessage(EventId = LogEventIds.AzureBlobContainerReady, Level = LogLevel.Information, Message = "Azure Blob state container {Container} is ready")]
    private partial void LogContainerReady(string container);
}
