namespace CrossBorderBot.Knowledge.Model;

/// <summary>The fee carriers charge the buyer for paying duty and tax on their behalf, as a range.</summary>
public sealed record DoorFee
{
    public required LocalizedText Name { get; init; }

    public decimal Min { get; init; }

    public decimal Max { get; init; }

    public required string Currency { get; init; }
}
