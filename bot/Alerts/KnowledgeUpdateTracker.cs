using CrossBorderBot.Storage;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Finds the knowledge-base entries changed since the last check by comparing fingerprints with the snapshot in
/// storage, records them as update notices (ETag-checked, so concurrent instances agree), and returns the notices
/// still deliverable. The very first check only records the baseline: nothing has "changed" before it.
/// </summary>
public sealed partial class KnowledgeUpdateTracker(
    IStorage storage,
    KnowledgeEntries entries,
    TimeProvider time,
    IOptions<AlertOptions> options,
    ILogger<KnowledgeUpdateTracker> logger)
{
    private const string SnapshotKey = "alerts/knowledge-snapshot";
    private const int MaxAttempts = 8;

    public async Task<IReadOnlyList<KnowledgeUpdateNotice>> RefreshAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([SnapshotKey], cancellationToken);
            var snapshot = items.TryGetValue(SnapshotKey, out var value) ? value as KnowledgeSnapshot : null;
            var now = time.GetUtcNow();
            var next = snapshot ?? new KnowledgeSnapshot();
            if (snapshot is not null)
            {
                foreach (var entry in entries.All)
                {
                    if (!snapshot.Fingerprints.TryGetValue(entry.Key, out var seen) || seen != entry.Fingerprint)
                    {
                        next.Updates.Add(new KnowledgeUpdateNotice
                        {
                            EntryKey = entry.Key,
                            Fingerprint = entry.Fingerprint,
                            Markets = [.. entry.Markets],
                            DetectedOn = asOf,
                            DetectedAt = now,
                        });
                        LogEntryChanged(logger, entry.Key);
                    }
                }
            }

            next.Fingerprints = entries.All.ToDictionary(e => e.Key, e => e.Fingerprint, StringComparer.Ordinal);
            next.Updates.RemoveAll(u => u.DetectedOn < asOf.AddDays(-options.Value.UpdateNoticeDays));
            next.LastCheckedAt = now;
            try
            {
                if (await storage.CreateOrReplaceAsync(SnapshotKey, next, isNew: snapshot is null, cancellationToken))
                {
                    return [.. next.Updates.Where(u => u.DetectedOn <= asOf)];
                }
            }
            catch (StorageConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another instance checked at the same moment; compare against what it stored.
            }
        }
    }

    [LoggerMessage(EventId = LogEventIds.AlertsEntryChanged, Level = LogLevel.Information, Message = "Knowledge-base entry {EntryKey} changed since the last alert check")]
    private static partial void LogEntryChanged(ILogger logger, string entryKey);
}
