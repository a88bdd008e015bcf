namespace CrossBorderBot.Knowledge.Model;

/// <summary>A fixed import charge.</summary>
public sealed record ImportFixedFee
{
    public decimal Amount { get; init; }

    public required string Currency { get; init; }

    public FeeUnit Per { get; init; }
}
