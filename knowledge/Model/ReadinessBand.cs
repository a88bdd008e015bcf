namespace CrossBorderBot.Knowledge.Model;

/// <summary>A score band of a number question; Max null = everything above.</summary>
public sealed record ReadinessBand
{
    public decimal? Max { get; init; }

    public decimal Score { get; init; }
}
