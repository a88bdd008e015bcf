namespace CrossBorderBot.Knowledge.Model;

/// <summary>Units of a currency per US dollar.</summary>
public sealed record ExchangeRate
{
    public required string Currency { get; init; }

    public decimal PerUsd { get; init; }

    /// <summary>The source of this rate when it is not one of the general sources (a peg set by a central bank).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// What sellers call the currency in each language ("ringgit", "令吉", "林吉特"): money written with one of these names
    /// is read in this currency, so a market's currency added to the data brings the names of its money with it.
    /// </summary>
    public LocalizedTerms? Names { get; init; }
}
