namespace CrossBorderBot.Knowledge.Model;

/// <summary>An amount in a currency (ISO 4217 code).</summary>
public sealed record Money
{
    public decimal Amount { get; init; }

    public required string Currency { get; init; }
}
