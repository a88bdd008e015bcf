using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Builder;
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
public sealed partial class AzureBlobStorage : IStorage, IExclusiveCreateStorage, IBotStateDocumentStore
{
    // Blob names may be up to 1,024 characters; longer escaped keys are shortened with a hash.
    private const int MaxBlobNameLength = 1000;

    private readonly BlobContainerClient _container;
    private readonly StoredDocumentCodec _codec = new();
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly ILogger<AzureBlobStorage> _logger;
    private volatile bool _initialized;

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

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageKeys.Distinct(keys);
        var items = new Dictionary<string, object>(wanted.Length, StringComparer.Ordinal);
        if (wanted.Length == 0)
        {
            return items;
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var values = await Task.WhenAll(wanted.Select(key => ReadOneAsync(key, cancellationToken))).ConfigureAwait(false);
        for (var i = 0; i < wanted.Length; i++)
        {
            if (values[i] is { } value)
            {
                items[wanted[i]] = value;
            }
        }

        return items;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var writes = changes.Select(c => (c.Key, Document: c.Value is null ? null : _codec.Encode(c.Key, c.Value))).ToList();
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(writes.Select(write => write.Document is null
            ? DeleteOneAsync(write.Key, cancellationToken)
            : WriteAndStampAsync(write.Document, cancellationToken))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredBotState?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        if (await DownloadAsync(key, cancellationToken).ConfigureAwait(false) is not { } download)
        {
            return null;
        }

        var eTag = download.Details.ETag.ToString();
        try
        {
            // The downloaded bytes are not changed afterwards, so the state's values can stay slices of them.
            return StoredBotState.FromDocument(key, download.Content.ToMemory(), StoredDocumentCodec.ETagMarker, eTag, text => _codec.Decode(key, text, eTag));
        }
        catch (StorageReadException ex)
        {
            LogUnreadableItem(key, ex.InnerException?.GetType().Name ?? ex.GetType().Name);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> WriteStateAsync(IReadOnlyList<BotStateWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);

        // The body with the empty ETag marker StoredDocumentCodec gives every state dictionary, so both paths read it.
        var items = writes.Select(write => (write.Key, Json: BotStateJson.AppendETag(write.Body, StoredDocumentCodec.ETagMarker), ExpectedETag: write.ExpectedETag is "*" ? null : write.ExpectedETag)).ToList();
        if (items.Count == 1)
        {
            return [await WriteOneAsync(items[0].Key, items[0].Json, items[0].ExpectedETag, cancellationToken).ConfigureAwait(false)];
        }

        // Conversation and user state together: leased, then written (see AzureBlobStateWrite for what that guarantees).
        return await new AzureBlobStateWrite(_container, UploadAsync, LogETagConflict).WriteAsync(items, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> TryCreateAsync(string key, object value, CancellationToken cancellationToken)
    {
        var document = _codec.Encode(key, value);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var eTag = await UploadAsync(document.Key, document.Json, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken).ConfigureAwait(false);
            StoredDocumentCodec.StampWrittenValue(document, eTag);
            return true;
        }
        catch (RequestFailedException ex) when (IsAlreadyThere(ex))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageKeys.Distinct(keys);
        if (doomed.Length == 0)
        {
            return;
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(doomed.Select(key => DeleteOneAsync(key, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>Deletes the container and everything in it (tests use a container of their own and clean up with this).</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        await _container.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        _initialized = false;
    }

    private static bool IsAlreadyThere(RequestFailedException ex) =>
        ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed;

    private async Task<object?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        if (await DownloadAsync(key, cancellationToken).ConfigureAwait(false) is not { } download)
        {
            return null;
        }

        try
        {
            return _codec.Decode(key, download.Content.ToString(), download.Details.ETag.ToString());
        }
        catch (StorageReadException ex)
        {
            LogUnreadableItem(key, ex.InnerException?.GetType().Name ?? ex.GetType().Name);
            throw;
        }
    }

    private async Task<BlobDownloadResult?> DownloadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return (await _container.GetBlobClient(BlobNameOf(key)).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task WriteAndStampAsync(StoredDocument document, CancellationToken cancellationToken)
    {
        var eTag = await WriteOneAsync(document.Key, document.Json, document.ExpectedETag, cancellationToken).ConfigureAwait(false);
        StoredDocumentCodec.StampWrittenValue(document, eTag);
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
            catch (RequestFailedException again) when (IsAlreadyThere(again))
            {
                LogETagConflict(key);
                throw new StorageConcurrencyException(key, ex);
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

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initializeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                _initialized = true;
                LogContainerReady(_container.Name);
            }
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    [LoggerMessage(EventId = LogEventIds.AzureBlobContainerReady, Level = LogLevel.Information, Message = "Azure Blob state container {Container} is ready")]
    private partial void LogContainerReady(string container);

    [LoggerMessage(EventId = LogEventIds.AzureBlobETagConflict, Level = LogLevel.Information, Message = "Refused a stale write to state key {Key} (ETag conflict)")]
    private partial void LogETagConflict(string key);

    [LoggerMessage(EventId = LogEventIds.AzureBlobUnreadableItem, Level = LogLevel.Warning, Message = "Stored state under key {Key} could not be read ({ErrorType})")]
    private partial void LogUnreadableItem(string key, string errorType);
}
