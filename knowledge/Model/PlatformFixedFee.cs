namespace CrossBorderBot.Knowledge.Model;

/// <summary>A fixed platform fee.</summary>
public sealed record PlatformFixedFee
{
    public required LocalizedText Name { get; init; }

    public required Money Amount { get; init; }

    public FeePeriod Per { get; init; }

    /// <summary>The country site that charges it (a market id, e.g. <c>gb</c>); none when every site charges the same.
    /// A result for sellers in the UK shows the UK plan fee, not the US one.</summary>
    public string? Market { get; init; }
}
