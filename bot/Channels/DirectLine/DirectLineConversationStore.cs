using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorderBot.Storage;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Keeps Direct Line conversations in the bot's <see cref="IStorage"/>, so with SQLite a conversation and its history
/// survive a restart, and several bot processes on one store see the same conversations. A conversation is a small
/// index (<see cref="DirectLineConversationLog"/>) plus one stored item per activity: a post writes its activity and
/// the index, a poll reads the index and only the activities past its watermark. The index keeps at most
/// <see cref="DirectLineOptions.MaxActivitiesPerConversation"/> activities and
/// <see cref="DirectLineOptions.MaxStoredBytesPerConversation"/> bytes; older activities are dropped.
/// </summary>
/// <remarks>
/// The index is written with its ETag, so two processes appending to one conversation never lose each other's
/// activities (the loser re-reads and retries). An activity is stored before the index names it, so a reader never
/// finds a gap; a crash in between leaves at most one unreferenced item. The striped lock only spares this process
/// needless ETag retries; correctness does not depend on it.
/// </remarks>
public sealed partial class DirectLineConversationStore(IStorage storage, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineConversationStore> logger)
{
    private const int MaxUploadsKept = 50;
    private const int MaxIndexAttempts = 8;
    private const string KeyPrefix = "directline/";

    private static readonly JsonSerializerSettings ActivityJson = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };

    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, ActivityJson);

    public async Task<DirectLineConversationLog?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = IndexKey(conversationId);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var value) ? value as DirectLineConversationLog : null;
    }

    /// <summary>Creates the conversation unless it exists; true when this call created it.</summary>
    public async Task<bool> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await GetAsync(conversationId, cancellationToken) is not null)
            {
                return false;
            }

            await storage.WriteAsync(new Dictionary<string, object>
            {
                [IndexKey(conversationId)] = new DirectLineConversationLog
                {
                    ConversationId = conversationId,
                    UserId = userId,
                    CreatedAt = time.GetUtcNow(),
                },
            }, cancellationToken);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The activities after <paramref name="afterSequence"/>, oldest first, as much as fits
    /// <see cref="DirectLineOptions.MaxPollBytes"/> (always at least one); null when the conversation is unknown.
    /// </summary>
    public async Task<DirectLineActivityPage?> ReadAfterAsync(string conversationId, long afterSequence, CancellationToken cancellationToken)
    {
        if (await GetAsync(conversationId, cancellationToken) is not { } log)
        {
            return null;
        }

        var budget = options.Value.MaxPollBytes;
        var wanted = new List<DirectLineLogEntry>();
        long used = 0;
        foreach (var entry in log.Activities.Where(entry => entry.Sequence > afterSequence))
        {
            if (wanted.Count > 0 && used + entry.Bytes > budget)
            {
                break;
            }

            wanted.Add(entry);
            used += entry.Bytes;
        }

        if (wanted.Count == 0)
        {
            return new DirectLineActivityPage([], Math.Max(afterSequence, log.LastSequence));
        }

        var stored = await storage.ReadAsync([.. wanted.Select(entry => entry.Key)], cancellationToken);
        var activities = new List<JsonElement>(wanted.Count);
        foreach (var entry in wanted)
        {
            // An activity dropped by a writer between our two reads is simply gone.
            if (stored.TryGetValue(entry.Key, out var value) && value is DirectLineStoredActivity activity)
            {
                activities.Add(WithId(activity.Json, IdFor(conversationId, entry.Sequence)));
            }
        }

        var watermark = wanted.Count == log.Activities.Count(entry => entry.Sequence > afterSequence) ? log.LastSequence : wanted[^1].Sequence;
        return new DirectLineActivityPage(activities, watermark);
    }

    /// <summary>Appends activities in order, setting each one's <see cref="Activity.Id"/>; returns the ids.</summary>
    public async Task<IReadOnlyList<string>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken, DirectLineUpload[]? uploads = null)
    {
        // Each activity is stored under a key of its own before the index names it.
        var documents = new Dictionary<string, object>(activities.Count);
        var entries = new List<DirectLineLogEntry>(activities.Count);
        foreach (var activity in activities)
        {
            activity.Id = null;
            var json = Serialize(activity);
            var key = IndexKey(conversationId) + "/" + Guid.NewGuid().ToString("N");
            documents[key] = new DirectLineStoredActivity { Json = json };
            entries.Add(new DirectLineLogEntry { Key = key, Bytes = System.Text.Encoding.UTF8.GetByteCount(json) });
        }

        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken);
        List<string> dropped;
        try
        {
            if (await GetAsync(conversationId, cancellationToken) is null)
            {
                throw new InvalidOperationException($"Direct Line conversation {conversationId} does not exist.");
            }

            await storage.WriteAsync(documents, cancellationToken);
            dropped = await UpdateIndexAsync(conversationId, log =>
            {
                foreach (var entry in entries)
                {
                    entry.Sequence = ++log.LastSequence;
                    log.Activities.Add(entry);
                }

                if (uploads is { Length: > 0 })
                {
                    foreach (var upload in uploads)
                    {
                        upload.ActivityId = entries.Count > 0 ? IdFor(conversationId, entries[0].Sequence) : string.Empty;
                    }

                    log.Uploads.AddRange(uploads);
                    if (log.Uploads.Count > MaxUploadsKept)
                    {
                        log.Uploads.RemoveRange(0, log.Uploads.Count - MaxUploadsKept);
                    }
                }

                return Trim(log);
            }, cancellationToken);
        }
        finally
        {
            gate.Release();
        }

        await DeleteQuietlyAsync(conversationId, dropped, cancellationToken);
        var ids = new List<string>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].Id = IdFor(conversationId, entries[i].Sequence);
            ids.Add(activities[i].Id);
        }

        return ids;
    }

    /// <summary>Removes an activity the bot deleted; unknown ids are ignored.</summary>
    public async Task RemoveAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        if (!TryParseSequence(conversationId, activityId, out var sequence))
        {
            return;
        }

        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken);
        List<string> removed;
        try
        {
            if (await GetAsync(conversationId, cancellationToken) is null)
            {
                return;
            }

            removed = await UpdateIndexAsync(conversationId, log =>
            {
                var doomed = log.Activities.Where(entry => entry.Sequence == sequence).Select(entry => entry.Key).ToList();
                log.Activities.RemoveAll(entry => entry.Sequence == sequence);
                return doomed;
            }, cancellationToken);
        }
        finally
        {
            gate.Release();
        }

        await DeleteQuietlyAsync(conversationId, removed, cancellationToken);
    }

    internal static string IdFor(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    internal static string IndexKey(string conversationId) => KeyPrefix + conversationId;

    /// <summary>
    /// Read-modify-write of the index with its ETag, retried when another writer (another process) got there first.
    /// Returns the keys the change dropped from the index.
    /// </summary>
    private async Task<List<string>> UpdateIndexAsync(string conversationId, Func<DirectLineConversationLog, List<string>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var log = await GetAsync(conversationId, cancellationToken)
                ?? throw new InvalidOperationException($"Direct Line conversation {conversationId} does not exist.");
            var dropped = change(log);
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [IndexKey(conversationId)] = log }, cancellationToken);
                return dropped;
            }
            catch (Exception exception) when (attempt < MaxIndexAttempts && IsETagConflict(exception))
            {
                LogIndexConflict(logger, conversationId, attempt);
            }
        }
    }

    /// <summary>Drops the oldest activities until both caps hold (the newest one always stays).</summary>
    private List<string> Trim(DirectLineConversationLog log)
    {
        var dropped = new List<string>();
        var maxCount = options.Value.MaxActivitiesPerConversation;
        var maxBytes = options.Value.MaxStoredBytesPerConversation;
        var bytes = log.StoredBytes;
        var removeCount = 0;
        while (log.Activities.Count - removeCount > 1
            && (log.Activities.Count - removeCount > maxCount || bytes > maxBytes))
        {
            var oldest = log.Activities[removeCount];
            bytes -= oldest.Bytes;
            dropped.Add(oldest.Key);
            removeCount++;
        }

        log.Activities.RemoveRange(0, removeCount);
        return dropped;
    }

    private async Task DeleteQuietlyAsync(string conversationId, List<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        try
        {
            await storage.DeleteAsync([.. keys], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The index no longer names them, so readers never see them; they only take space until cleaned up.
            LogDropFailed(logger, exception.GetType().Name, conversationId, keys.Count);
        }
    }

    /// <summary>
    /// Our stores refuse a stale write with <see cref="StorageConcurrencyException"/>; the SDK's <c>MemoryStorage</c>
    /// throws a plain exception that names the ETag.
    /// </summary>
    private static bool IsETagConflict(Exception exception)
        => exception is StorageConcurrencyException
            || exception.Message.Contains("etag", StringComparison.OrdinalIgnoreCase);

    private static JsonElement WithId(string json, string id)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["id"] = id;
        return System.Text.Json.JsonSerializer.SerializeToElement(node);
    }

    private static bool TryParseSequence(string conversationId, string activityId, out long sequence)
    {
        sequence = 0;
        var prefix = conversationId + "|";
        return activityId.StartsWith(prefix, StringComparison.Ordinal) && long.TryParse(activityId.AsSpan(prefix.Length), out sequence);
    }

    private SemaphoreSlim LockFor(string conversationId)
        => _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_locks.Length)];

    [LoggerMessage(EventId = LogEventIds.DirectLineStoreIndexConflict, Level = LogLevel.Debug, Message = "Direct Line index of {ConversationId} changed meanwhile (attempt {Attempt}); retrying")]
    private static partial void LogIndexConflict(ILogger logger, string conversationId, int attempt);

    [LoggerMessage(EventId = LogEventIds.DirectLineStoreDropFailed, Level = LogLevel.Warning, Message = "Could not delete {Count} dropped activities of Direct Line conversation {ConversationId} ({ErrorType})")]
    private static partial void LogDropFailed(ILogger logger, string errorType, string conversationId, int count);
}
