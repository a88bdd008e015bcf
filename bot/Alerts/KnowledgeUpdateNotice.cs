namespace CrossBorderBot.Alerts;

/// <summary>An entry found changed by an alert check: told to the subscribers of its markets who subscribed before it was found.</summary>
public sealed class KnowledgeUpdateNotice
{
    public string EntryKey { get; set; } = string.Empty;

    public string Fingerprint { get; set; } = string.Empty;

    public List<string> Markets { get; set; } = [];

    public DateOnly DetectedOn { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>The id of the alert, one per market: the same edit found by two instances is the same alert.</summary>
    public string ChangeId(string market) => $"{market}:update:{EntryKey}:{Fingerprint}";
}
