namespace CrossBorderBot.Knowledge.Model;

/// <summary>A market-specific note of a playbook.</summary>
public sealed record MarketNote
{
    public required string Market { get; init; }

    /// <summary>
    /// The platform id the note is about ("on Amazon, appeal through Account Health"), or null for a note that holds on every
    /// platform. A platform's note is shown only to a user who named that platform.
    /// </summary>
    public string? Platform { get; init; }

    public required LocalizedText Note { get; init; }
}
