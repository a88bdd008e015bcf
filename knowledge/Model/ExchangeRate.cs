namespace CrossBorderBot.Knowledge.Model;

/// <summary>Units of a currency per US dollar.</summary>
public sealed record ExchangeRate
{
    public required string Currency { get; init; }

    public decimal PerUsd { get; init; }
}
