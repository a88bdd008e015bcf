namespace CrossBorderBot.Knowledge.Model;

/// <summary>Units of a currency per US dollar.</summary>
public sealed record ExchangeRate
{
    public required string Currency { get; init; }

    public decimal PerUsd { get; init; }

    /// <summary>The source of this rate when it is not one of the general sources (a peg set by a central bank).</summary>
    public string? Source { get; init; }
}
