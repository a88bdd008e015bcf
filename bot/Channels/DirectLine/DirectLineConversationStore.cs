using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Keeps Direct Line conversations in the bot's <see cref="IStorage"/>, so with SQLite a conversation and its history
/// survive a restart. Each append gives the activity its id (<c>{conversation}|{sequence}</c>) and a place in the
/// stream; the log keeps the newest <see cref="DirectLineOptions.MaxActivitiesPerConversation"/> activities.
/// </summary>
/// <remarks>
/// Read-modify-write of one conversation is serialised in process by a striped lock (a fixed number of locks, so
/// memory does not grow with the number of conversations); one bot process owns its conversations.
/// </remarks>
public sealed class DirectLineConversationStore(IStorage storage, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const int MaxUploadsKept = 50;
    private const string KeyPrefix = "directline-transcripts/";

    private static readonly JsonSerializerSettings ActivityJson = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };

    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, ActivityJson);

    public async Task<DirectLineConversationLog?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + conversationId;
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

            await WriteAsync(new DirectLineConversationLog
            {
                ConversationId = conversationId,
                UserId = userId,
                CreatedAt = time.GetUtcNow(),
            }, cancellationToken);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Appends activities in order, setting each one's <see cref="Activity.Id"/>; returns the ids.</summary>
    public async Task<IReadOnlyList<string>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken, DirectLineUpload[]? uploads = null)
    {
        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var log = await GetAsync(conversationId, cancellationToken)
                ?? throw new InvalidOperationException($"Direct Line conversation {conversationId} does not exist.");
            var ids = new List<string>(activities.Count);
            foreach (var activity in activities)
            {
                var sequence = ++log.LastSequence;
                activity.Id = IdFor(conversationId, sequence);
                ids.Add(activity.Id);
                log.Activities.Add(new DirectLineLogEntry { Sequence = sequence, Json = Serialize(activity) });
            }

            var overflow = log.Activities.Count - options.Value.MaxActivitiesPerConversation;
            if (overflow > 0)
            {
                log.Activities.RemoveRange(0, overflow);
            }

            if (uploads is { Length: > 0 })
            {
                foreach (var upload in uploads)
                {
                    upload.ActivityId = ids.Count > 0 ? ids[0] : string.Empty;
                }

                log.Uploads.AddRange(uploads);
                if (log.Uploads.Count > MaxUploadsKept)
                {
                    log.Uploads.RemoveRange(0, log.Uploads.Count - MaxUploadsKept);
                }
            }

            await WriteAsync(log, cancellationToken);
            return ids;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Removes an activity the bot deleted; unknown ids are ignored.</summary>
    public async Task RemoveAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await GetAsync(conversationId, cancellationToken) is { } log
                && TryParseSequence(conversationId, activityId, out var sequence)
                && log.Activities.RemoveAll(entry => entry.Sequence == sequence) > 0)
            {
                await WriteAsync(log, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    internal static string IdFor(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    private static bool TryParseSequence(string conversationId, string activityId, out long sequence)
    {
        sequence = 0;
        var prefix = conversationId + "|";
        return activityId.StartsWith(prefix, StringComparison.Ordinal) && long.TryParse(activityId.AsSpan(prefix.Length), out sequence);
    }

    private Task WriteAsync(DirectLineConversationLog log, CancellationToken cancellationToken)
    {
        // The striped lock already orders writers of this conversation in this process.
        log.ETag = "*";
        return storage.WriteAsync(new Dictionary<string, object> { [KeyPrefix + log.ConversationId] = log }, cancellationToken);
    }

    private SemaphoreSlim LockFor(string conversationId)
        => _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_locks.Length)];
}
