namespace CrossBorderBot.Alerts;

/// <summary>The list of subscription ids, because <see cref="IStorage"/> cannot enumerate its keys.</summary>
public sealed class AlertSubscriptionIndex : IStoreItem
{
    public List<string> Ids { get; set; } = [];

    public string? ETag { get; set; }
}
