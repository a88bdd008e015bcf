namespace CrossBorderBot.Alerts;

/// <summary>
/// What the last alert check saw of the knowledge base (a fingerprint per entry) and the entry updates it found
/// recently, kept in storage so every instance and every restart compares against the same baseline.
/// </summary>
public sealed class KnowledgeSnapshot : IStoreItem
{
    public Dictionary<string, string> Fingerprints { get; set; } = [];

    public List<KnowledgeUpdateNotice> Updates { get; set; } = [];

    public DateTimeOffset? LastCheckedAt { get; set; }

    public string? ETag { get; set; }
}
