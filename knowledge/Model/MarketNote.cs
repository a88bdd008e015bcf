namespace CrossBorderBot.Knowledge.Model;

/// <summary>A market-specific note of a playbook.</summary>
public sealed record MarketNote
{
    public required string Market { get; init; }

    public required LocalizedText Note { get; init; }
}
